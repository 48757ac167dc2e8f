import { useTranslation } from 'react-i18next';
import { ItemCreate } from '../../../../shared/domain/item';
import { useMutation } from '../../api/mutation';
import { FormProblem } from '../../forms/FormProblem';
import { useCreateDialogSubmit } from '../../forms/useCreateDialogSubmit';
import { useZodForm } from '../../forms/useZodForm';
import { toast } from '../../state/toasts';
import { FormDialog } from '../../ui/Dialog';
import { detailsFromForm, type ItemCreateFormValues } from './formValues';
import { ItemFormFields, type ItemFormContext } from './ItemFormFields';

/** New item: validates as you type; "Add item" creates it and the programme shows it. */
export function ItemCreateDialog({
  initial,
  context,
  onClose,
  onCreated,
}: {
  initial: ItemCreateFormValues;
  context: ItemFormContext;
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const { t } = useTranslation('programme');
  const create = useMutation('items:create');
  const form = useZodForm<ItemCreateFormValues>(ItemCreate, { defaultValues: initial });

  const { submit, problem } = useCreateDialogSubmit(form, {
    save: (input) =>
      create.mutate({ ...input, details: detailsFromForm(input.details), participantIds: input.allMembers ? [] : input.participantIds }),
    onSaved: (item) => {
      toast.show({ message: t('toast.created', { title: item.title }), tone: 'success' });
      onCreated(item.id);
    },
    fixFieldsMessage: t('form.fixFields'),
  });

  return (
    <FormDialog
      open
      onClose={onClose}
      title={t('editor.createTitle')}
      description={t('editor.createDescription')}
      className="item-sheet"
      unsaved={form.formState.isDirty}
      discardQuestion={t('editor.discardNew')}
      submitLabel={t('editor.create')}
      submitting={create.pending || form.formState.isSubmitting}
      onSubmit={() => void submit()}
    >
      <ItemFormFields
        form={form as unknown as Parameters<typeof ItemFormFields>[0]['form']}
        mode="create"
        context={context}
      />
      <FormProblem message={problem} />
    </FormDialog>
  );
}
