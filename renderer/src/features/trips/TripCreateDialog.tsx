import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { TripCreate } from '../../../../shared/domain/trip';
import { useMutation } from '../../api/mutation';
import { paths } from '../../navigation/routes';
import { applyServerIssues } from '../../forms/fieldErrors';
import { translateValidationMessage } from '../../forms/messages';
import { useZodForm } from '../../forms/useZodForm';
import { toast } from '../../state/toasts';
import { FormDialog } from '../../ui/Dialog';
import { emptyTripForm, type TripFormValues } from './formValues';
import { TripFormFields } from './TripFormFields';

/** New trip: every field validates as you type; Create sends it, then the workspace opens. */
export function TripCreateDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('trips');
  const [, navigate] = useLocation();
  const create = useMutation('trips:create');
  const form = useZodForm<TripFormValues>(TripCreate, { defaultValues: emptyTripForm() });
  const [problem, setProblem] = useState<string | null>(null);

  const submit = form.handleSubmit(
    async (values) => {
      setProblem(null);
      const result = await create.mutate(values as TripFormValues);
      if (!result.ok) {
        const unmatched = applyServerIssues(form, result.error.issues, { stripPrefix: [] });
        setProblem(unmatched[0] ? translateValidationMessage(unmatched[0].message) : result.error.issues?.length ? null : result.error.message);
        return;
      }
      toast.show({ message: t('toast.created', { title: result.value.title }), tone: 'success' });
      onClose();
      navigate(paths.trip(result.value.id, 'overview'));
    },
    () => setProblem(t('form.fixFields')),
  );

  return (
    <FormDialog
      open
      onClose={onClose}
      title={t('dialog.createTitle')}
      description={t('dialog.createDescription')}
      size="lg"
      unsaved={form.formState.isDirty}
      discardQuestion={t('dialog.discardNew')}
      submitLabel={t('dialog.create')}
      submitting={create.pending || form.formState.isSubmitting}
      onSubmit={() => void submit()}
    >
      <TripFormFields form={form} />
      {problem ? (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      ) : null}
    </FormDialog>
  );
}
