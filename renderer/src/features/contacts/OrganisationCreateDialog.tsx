import { useTranslation } from 'react-i18next';
import { OrganisationCreate, type Organisation } from '../../../../shared/domain/contact';
import { useMutation } from '../../api/mutation';
import { FormProblem } from '../../forms/FormProblem';
import { useCreateDialogSubmit } from '../../forms/useCreateDialogSubmit';
import { useZodForm } from '../../forms/useZodForm';
import { toast } from '../../state/toasts';
import { FormDialog } from '../../ui/Dialog';
import { emptyOrganisationForm, type OrganisationFormValues } from './formValues';
import { OrganisationFormFields } from './OrganisationFormFields';
import { rememberCreatedOrganisation } from './queries';

/** New organisation: the essentials (name, native name, city, country); the rest in its panel. */
export function OrganisationCreateDialog({
  onClose,
  onCreated,
  initialName = '',
}: {
  onClose: () => void;
  onCreated?: (organisation: Organisation) => void;
  initialName?: string;
}) {
  const { t } = useTranslation('contacts');
  const create = useMutation('organisations:create');
  const form = useZodForm<OrganisationFormValues>(OrganisationCreate, {
    defaultValues: emptyOrganisationForm({ name: initialName }),
  });

  const { submit, problem } = useCreateDialogSubmit(form, {
    save: (values) => create.mutate(values),
    onSaved: (organisation) => {
      rememberCreatedOrganisation(organisation);
      toast.show({ message: t('toast.organisationCreated', { name: organisation.name }), tone: 'success' });
      onCreated?.(organisation);
      onClose();
    },
    fixFieldsMessage: t('form.fixFields'),
  });

  return (
    <FormDialog
      open
      onClose={onClose}
      title={t('dialog.newOrganisation')}
      description={t('dialog.newOrganisationDescription')}
      unsaved={form.formState.isDirty}
      discardQuestion={t('dialog.discardNewOrganisation')}
      submitLabel={t('dialog.create')}
      submitting={create.pending || form.formState.isSubmitting}
      onSubmit={() => void submit()}
    >
      <OrganisationFormFields form={form} compact />
      <FormProblem message={problem} />
    </FormDialog>
  );
}
