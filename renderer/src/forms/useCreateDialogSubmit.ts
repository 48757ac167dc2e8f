import { useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import type { ApiResult } from '../../../shared/api/result';
import { applyServerIssues } from './fieldErrors';
import { translateValidationMessage } from './messages';

export interface CreateDialogSubmit<V extends FieldValues, R> {
  /** The write: a create, or (dialogs that also edit) an update; `values` passed the form's schema. */
  save: (values: V) => Promise<ApiResult<R>>;
  /** After a successful save: a toast, close the dialog, select or focus the new row. */
  onSaved: (saved: R) => void;
  /** The dialog's own "fix the marked fields" line, in the app's language; none: the fields say it. */
  fixFieldsMessage?: string;
}

/**
 * The submit of every create dialog: the form's zod resolver validates first (a field in error
 * keeps the dialog open, with `fixFieldsMessage` when given), then the write; the core's issues go onto the
 * fields they name, and what no field takes — or the error itself when there are no issues — is
 * the dialog's `problem` line (translated), so nothing typed is lost. `FormProblem` shows it.
 */
export function useCreateDialogSubmit<V extends FieldValues, R>(
  form: UseFormReturn<V, unknown, unknown>,
  { save, onSaved, fixFieldsMessage }: CreateDialogSubmit<V, R>,
): { submit: () => Promise<void>; problem: string | null } {
  const [problem, setProblem] = useState<string | null>(null);
  const submit = form.handleSubmit(
    async (values) => {
      setProblem(null);
      // useZodForm's resolver is the domain schema, whose output react-hook-form cannot type
      // (its TTransformedValues is unknown); the values are the form's, validated.
      const result = await save(values as V);
      if (!result.ok) {
        // 'patch' leads the paths of an update's issues ({ id, patch }); a create has none.
        const unmatched = applyServerIssues(form, result.error.issues, { stripPrefix: ['patch'] });
        setProblem(unmatched[0] ? translateValidationMessage(unmatched[0].message) : result.error.issues?.length ? null : result.error.message);
        return;
      }
      onSaved(result.value);
    },
    () => setProblem(fixFieldsMessage ?? null),
  );
  return { submit, problem };
}
