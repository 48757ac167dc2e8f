import { useTranslation } from 'react-i18next';
import type { FundingSource } from '../../../../shared/domain/budget';
import { useMutation } from '../../api/mutation';
import { errorAt } from '../../forms/fieldErrors';
import { FormProblem } from '../../forms/FormProblem';
import { translateValidationMessage } from '../../forms/messages';
import { useCreateDialogSubmit } from '../../forms/useCreateDialogSubmit';
import { useZodForm } from '../../forms/useZodForm';
import { useDates } from '../../lib/useDates';
import { toast } from '../../state/toasts';
import { FormDialog } from '../../ui/Dialog';
import { TextField } from '../../ui/fields';
import { useTripWorkspace } from '../../navigation/workspaceContext';
import { emptySourceForm, sourceForm, sourceFromForm, sourceToForm, type SourceFormValues } from './formValues';
import { BUDGET_INVALIDATES } from './queries';

/** New funding source (a grant with its reference and amount), or one edited. */
export function SourceDialog({ source, onClose }: { source: FundingSource | null; onClose: () => void }) {
  const { t } = useTranslation('budget');
  const { language } = useDates();
  const { workspace } = useTripWorkspace();
  const create = useMutation('budget:createSource', { invalidates: BUDGET_INVALIDATES });
  const update = useMutation('budget:updateSource', { invalidates: BUDGET_INVALIDATES });
  const form = useZodForm<SourceFormValues>(sourceForm(language), { defaultValues: source ? sourceToForm(source, language) : emptySourceForm() });
  const errorOf = (name: keyof SourceFormValues) => {
    const message = errorAt(form.formState.errors, name);
    if (!message) return undefined;
    return message.startsWith('budget:') ? t(message.slice('budget:'.length) as 'form.amountInvalid') : translateValidationMessage(message);
  };

  const { submit, problem } = useCreateDialogSubmit(form, {
    save: (values) => {
      const fields = sourceFromForm(values, language);
      return source ? update.mutate({ id: source.id, patch: fields }) : create.mutate({ tripId: workspace.trip.id, ...fields });
    },
    onSaved: () => {
      toast.show({ message: t('toast.sourceSaved'), tone: 'success' });
      onClose();
    },
    fixFieldsMessage: t('form.fixFields'),
  });

  return (
    <FormDialog
      open
      onClose={onClose}
      title={source ? t('form.editSourceTitle') : t('form.newSourceTitle')}
      description={t('form.sourceDescription')}
      unsaved={form.formState.isDirty}
      discardQuestion={t('form.discardSource')}
      submitLabel={source ? t('form.save') : t('form.create')}
      submitting={create.pending || update.pending || form.formState.isSubmitting}
      onSubmit={() => void submit()}
    >
      <TextField label={t('form.name')} required error={errorOf('name')} {...form.register('name')} />
      <TextField label={t('form.reference')} error={errorOf('reference')} {...form.register('reference')} />
      <div className="form-row budget-amounts">
        <TextField label={t('form.amount')} inputMode="decimal" error={errorOf('amount')} {...form.register('amount')} />
        <TextField label={t('form.currency')} maxLength={3} error={errorOf('currency')} {...form.register('currency', { deps: ['amount'] })} />
        <TextField label={t('form.rate')} hint={t('form.rateHint')} inputMode="decimal" error={errorOf('rate')} {...form.register('rate')} />
      </div>
      <FormProblem message={problem} />
    </FormDialog>
  );
}
