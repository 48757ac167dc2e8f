import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ContactCreate, type Contact } from '../../../../shared/domain/contact';
import { useMutation } from '../../api/mutation';
import { applyServerIssues } from '../../forms/fieldErrors';
import { translateValidationMessage } from '../../forms/messages';
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
  const [problem, setProblem] = useState<string | null>(null);
  const newOrganisation = useNewOrganisation((organisation) =>
    form.setValue('organisationId', organisation.id, { shouldDirty: true, shouldValidate: true }),
  );

  const submit = form.handleSubmit(
    async (values) => {
      setProblem(null);
      const result = await create.mutate(values as ContactFormValues);
      if (!result.ok) {
        const unmatched = applyServerIssues(form, result.error.issues, { stripPrefix: [] });
        setProblem(unmatched[0] ? translateValidationMessage(unmatched[0].message) : result.error.issues?.length ? null : result.error.message);
        return;
      }
      toast.show({ message: t('toast.contactCreated', { name: result.value.name }), tone: 'success' });
      onCreated(result.value);
      onClose();
    },
    () => setProblem(t('form.fixFields')),
  );

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
        {problem ? (
          <p className="form-problem" role="alert">
            {problem}
          </p>
        ) : null}
      </FormDialog>
      {newOrganisation.dialog}
    </>
  );
}
