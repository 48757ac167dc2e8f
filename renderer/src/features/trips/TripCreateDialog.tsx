import { useTranslation } from 'react-i18next';
import { useNavigate } from '../../navigation/Link';
import { TripCreate } from '../../../../shared/domain/trip';
import { useMutation } from '../../api/mutation';
import { paths } from '../../navigation/routes';
import { FormProblem } from '../../forms/FormProblem';
import { useCreateDialogSubmit } from '../../forms/useCreateDialogSubmit';
import { useZodForm } from '../../forms/useZodForm';
import { toast } from '../../state/toasts';
import { FormDialog } from '../../ui/Dialog';
import { emptyTripForm, type TripFormValues } from './formValues';
import { TripFormFields } from './TripFormFields';

/** New trip: every field validates as you type; Create sends it, then the workspace opens. */
export function TripCreateDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('trips');
  const navigate = useNavigate();
  const create = useMutation('trips:create');
  const form = useZodForm<TripFormValues>(TripCreate, { defaultValues: emptyTripForm() });

  const { submit, problem } = useCreateDialogSubmit(form, {
    save: (values) => create.mutate(values),
    onSaved: (trip) => {
      toast.show({ message: t('toast.created', { title: trip.title }), tone: 'success' });
      onClose();
      navigate(paths.trip(trip.id, 'overview'));
    },
    fixFieldsMessage: t('form.fixFields'),
  });

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
      <FormProblem message={problem} />
    </FormDialog>
  );
}
