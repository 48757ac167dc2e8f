import { useFormState, type FieldErrors, type FieldPath, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../../shared/api/result';
import { translateValidationMessage } from './messages';

/** The error message at a dotted path ('destinations.0.city') of react-hook-form errors. */
export function errorAt(errors: FieldErrors, path: string): string | undefined {
  let node: unknown = errors;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  if (typeof node === 'object' && node !== null && 'message' in node) {
    const message = (node as { message?: unknown }).message;
    return typeof message === 'string' && message ? message : undefined;
  }
  return undefined;
}

/**
 * `const errorOf = useFieldErrors(form); <TextField error={errorOf('title')} …/>`: the
 * translated message for a field, read from the form state (so the field re-renders with it).
 * The errors are subscribed to here (useFormState), not through the form's owner, so a memoised
 * section of a form still shows its messages when they change.
 */
export function useFieldErrors<V extends FieldValues>(form: UseFormReturn<V, unknown, unknown>) {
  // Subscribes to language changes, so messages re-translate.
  useTranslation();
  const { errors } = useFormState({ control: form.control });
  return (name: FieldPath<V>): string | undefined => {
    const message = errorAt(errors, name);
    return message ? translateValidationMessage(message) : undefined;
  };
}

/**
 * Put the core's `issues` onto the form's fields. Paths of update operations start with
 * 'patch' ({ id, patch }), which the form does not have, so leading `stripPrefix` parts go.
 * Returns the issues no field of the form took (show those in the form's status line).
 */
export function applyServerIssues<V extends FieldValues>(
  form: UseFormReturn<V, unknown, unknown>,
  issues: readonly FieldIssue[] | undefined,
  { stripPrefix = ['patch'], knownFields }: { stripPrefix?: string[]; knownFields?: readonly string[] } = {},
): FieldIssue[] {
  const unmatched: FieldIssue[] = [];
  const fields = new Set(knownFields ?? Object.keys(form.getValues()));
  for (const issue of issues ?? []) {
    const path = [...issue.path];
    while (path.length && stripPrefix.includes(String(path[0]))) path.shift();
    const name = path.join('.');
    if (name && fields.has(String(path[0]))) {
      form.setError(name as FieldPath<V>, { type: 'server', message: issue.message }, { shouldFocus: false });
    } else {
      unmatched.push(issue);
    }
  }
  return unmatched;
}
