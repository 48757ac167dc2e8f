import { useTranslation } from 'react-i18next';
import { ContactCreate, type Contact } from '../../../../shared/domain/contact';
import { useMutation } from '../../api/mutation';
import { FormProblem } from '../../forms/FormProblem';
import { useCreateDialogSubmit } from '../../forms/useCreateDialogSubmit';
import { useZodForm } from '../../forms/useZodForm';
import { toast } from '../../state/toasts';
import { FormDialog } from '../../ui/Dialog';
import { ContactFormFields } from './ContactFormFields';
import { emptyContactForm, type ContactFormValues } from './formValues';
import { useNewOrganisation } from './OrganisationSelect';

/** New contact: every field validates as you type; Create adds it and opens it in the panel. */
export function ContactCreateDialog({
  onClose,
  onCreated,
  initial,
}: {
  onClose: () => void;
  onCreated: (contact: Contact) => void;
  initial?: Partial<ContactFormValues>;
}) {
  const { t } = useTranslation('contacts');
  const create = useMutation('contacts:create');
  const form = useZodForm<ContactFormValues>(ContactCreate, { defaultValues: emptyContactForm(initial) });
  const newOrganisation = useNewOrganisation((organisation) =>
    form.setValue('organisationId', organisation.id, { shouldDirty: true, shouldValidate: true }),
  );

  const { submit, problem } = useCreateDialogSubmit(form, {
    save: (values) => create.mutate(values),
    onSaved: (contact) => {
      toast.show({ message: t('toast.contactCreated', { name: contact.name }), tone: 'success' });
      onCreated(contact);
      onClose();
    },
    fixFieldsMessage: t('form.fixFields'),
  });

  return (
    <>
      <FormDialog
        open
        onClose={onClose}
        title={t('dialog.newContact')}
        description={t('dialog.newContactDescription')}
        size="lg"
        unsaved={form.formState.isDirty}
        discardQuestion={t('dialog.discardNewContact')}
        submitLabel={t('dialog.create')}
        submitting={create.pending || form.formState.isSubmitting}
        onSubmit={() => void submit()}
      >
        <ContactFormFields form={form} onCreateOrganisation={newOrganisation.open} idPrefix="contact-create" />
        <FormProblem message={problem} />
      </FormDialog>
      {newOrganisation.dialog}
    </>
  );
}
