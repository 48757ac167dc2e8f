import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member, MemberGroup } from '../../../../shared/domain/member';
import { useApi } from '../../api/context';
import { runMutation } from '../../api/mutation';
import { toast, type UndoOutcome } from '../../state/toasts';

/**
 * Deletes of the members screen. Both happen at once (no confirmation: Undo brings back
 * exactly what went, through the core's trash) and put an Undo on the toast and Ctrl/Cmd+Z.
 */
export function useMemberActions() {
  const call = useApi();
  const { t } = useTranslation(['members', 'common']);

  return useMemo(() => {
    const restore = async (trashId: string, failed: string): Promise<UndoOutcome> => {
      const back = await runMutation(call, 'trash:restore', { trashId });
      return back.ok ? { ok: true } : { ok: false, message: t('toast.restoreFailed', { what: failed, reason: back.error.message }) };
    };
    return {
      /** Delete a member; Undo puts them back in their place, in their groups and programme items. */
      async removeMember(member: Pick<Member, 'id' | 'name'>): Promise<boolean> {
        const result = await runMutation(call, 'members:delete', { id: member.id });
        if (!result.ok) {
          toast.show({ message: t('toast.deleteFailed', { name: member.name, reason: result.error.message }), tone: 'error' });
          return false;
        }
        toast.undoable({
          message: t('toast.memberDeleted', { name: member.name }),
          undoLabel: t('common:actions.undo'),
          undoneMessage: t('toast.memberRestored', { name: member.name }),
          undo: () => restore(result.value.trashId, member.name),
        });
        return true;
      },

      async removeGroup(group: Pick<MemberGroup, 'id' | 'name'>): Promise<boolean> {
        const result = await runMutation(call, 'groups:delete', { id: group.id });
        if (!result.ok) {
          toast.show({ message: t('toast.deleteFailed', { name: group.name, reason: result.error.message }), tone: 'error' });
          return false;
        }
        toast.undoable({
          message: t('toast.groupDeleted', { name: group.name }),
          undoLabel: t('common:actions.undo'),
          undoneMessage: t('toast.groupRestored', { name: group.name }),
          undo: () => restore(result.value.trashId, group.name),
        });
        return true;
      },
    };
  }, [call, t]);
}
