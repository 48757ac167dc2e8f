import { useTranslation } from 'react-i18next';
import { Controller } from 'react-hook-form';
import { z } from 'zod';
import { GroupCreateInput } from '../../../../shared/api/contract';
import { RequiredLine } from '../../../../shared/domain/primitives';
import type { Member, MemberGroup } from '../../../../shared/domain/member';
import { useMutation } from '../../api/mutation';
import { useFieldErrors } from '../../forms/fieldErrors';
import { FormProblem } from '../../forms/FormProblem';
import { useAutosaveForm } from '../../forms/useAutosaveForm';
import { useCreateDialogSubmit } from '../../forms/useCreateDialogSubmit';
import { useZodForm } from '../../forms/useZodForm';
import { toast } from '../../state/toasts';
import { Button } from '../../ui/Button';
import { Dialog, FormDialog } from '../../ui/Dialog';
import { TextField } from '../../ui/fields';
import { SaveStatus } from '../../ui/SaveStatus';
import { MemberChecklist } from './MemberChecklist';

interface GroupFormValues {
  name: string;
  memberIds: string[];
}
interface GroupCreateFormValues extends GroupFormValues {
  tripId: string;
}

// The contract's GroupUpdateInput without the id: what the edit form autosaves.
const GroupPatch = z.object({ name: RequiredLine(120), memberIds: z.array(z.string()) });

/** New sub-group: a name and its members (none ticked to begin with). */
export function GroupCreateDialog({ tripId, members, onClose }: { tripId: string; members: Member[]; onClose: () => void }) {
  const { t } = useTranslation('members');
  const create = useMutation('groups:create');
  const form = useZodForm<GroupCreateFormValues>(GroupCreateInput, { defaultValues: { tripId, name: '', memberIds: [] } });
  const errorOf = useFieldErrors(form);

  const { submit, problem } = useCreateDialogSubmit(form, {
    save: (values) => create.mutate(values),
    onSaved: (group) => {
      toast.show({ message: t('groups.created', { name: group.name, count: group.memberIds.length }), tone: 'success' });
      onClose();
    },
  });

  return (
    <FormDialog
      open
      onClose={onClose}
      title={t('groups.createTitle')}
      description={t('groups.createDescription')}
      unsaved={form.formState.isDirty}
      discardQuestion={t('groups.discard')}
      submitLabel={t('groups.createSubmit')}
      submitting={create.pending}
      onSubmit={() => void submit()}
    >
      <TextField
        label={t('groups.name')}
        required
        autoComplete="off"
        placeholder={t('groups.namePlaceholder')}
        error={errorOf('name')}
        {...form.register('name')}
      />
      <Controller
        control={form.control}
        name="memberIds"
        render={({ field }) => (
          <MemberChecklist legend={t('groups.members')} members={members} selected={field.value} onChange={field.onChange} />
        )}
      />
      <FormProblem message={problem} />
    </FormDialog>
  );
}

/** Rename a group and tick its members; saved as you go. */
export function GroupEditDialog({ group, members, onClose }: { group: MemberGroup; members: Member[]; onClose: () => void }) {
  const { t } = useTranslation(['members', 'common']);
  const update = useMutation('groups:update');
  const { form, saveState, flush } = useAutosaveForm<GroupFormValues>({
    schema: GroupPatch,
    values: { name: group.name, memberIds: group.memberIds },
    save: (patch) => update.mutate({ id: group.id, ...patch }),
  });
  const errorOf = useFieldErrors(form);
  const done = async () => {
    await flush();
    onClose();
  };
  return (
    <Dialog
      open
      onClose={() => void done()}
      title={t('groups.editTitle')}
      description={group.name}
      headerExtra={<SaveStatus state={saveState} />}
      footer={
        <Button variant="primary" onClick={() => void done()}>
          {t('common:actions.done')}
        </Button>
      }
    >
      <form noValidate onSubmit={(event) => event.preventDefault()} className="dialog-form">
        <TextField label={t('groups.name')} required autoComplete="off" error={errorOf('name')} {...form.register('name')} />
        <Controller
          control={form.control}
          name="memberIds"
          render={({ field }) => (
            <MemberChecklist legend={t('groups.members')} members={members} selected={field.value} onChange={field.onChange} />
          )}
        />
      </form>
    </Dialog>
  );
}
