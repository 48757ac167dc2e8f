import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OrganisationCreate, type Organisation } from '../../../../shared/domain/contact';
import { useMutation } from '../../api/mutation';
import { applyServerIssues } from '../../forms/fieldErrors';
import { translateValidationMessage } from '../../forms/messages';
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
  const [problem, setProblem] = useState<string | null>(null);

  const submit = form.handleSubmit(
    async (values) => {
      setProblem(null);
      const result = await create.mutate(values as OrganisationFormValues);
      if (!result.ok) {
        const unmatched = applyServerIssues(form, result.error.issues, { stripPrefix: [] });
        setProblem(unmatched[0] ? translateValidationMessage(unmatched[0].message) : result.error.issues?.length ? null : result.error.message);
        return;
      }
      rememberCreatedOrganisation(result.value);
      toast.show({ message: t('toast.organisationCreated', { name: result.value.name }), tone: 'success' });
      onCreated?.(result.value);
      onClose();
    },
    () => setProblem(t('form.fixFields')),
  );

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
      {problem ? (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      ) : null}
    </FormDialog>
  );
}
