import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member, MemberGroup } from '../../../../shared/domain/member';
import { useUndoableDelete } from '../../api/useUndoableDelete';

/**
 * Deletes of the members screen. Both happen at once (no confirmation: Undo brings back
 * exactly what went, through the core's trash) and put an Undo on the toast and Ctrl/Cmd+Z.
 */
export function useMemberActions() {
  const { t } = useTranslation(['members', 'common']);
  const undoableDelete = useUndoableDelete();

  return useMemo(() => {
    const failures = (name: string) => ({
      deleteFailed: (reason: string) => t('toast.deleteFailed', { name, reason }),
      restoreFailed: (reason: string) => t('toast.restoreFailed', { what: name, reason }),
    });
    return {
      /** Delete a member; Undo puts them back in their place, in their groups and programme items. */
      removeMember: (member: Pick<Member, 'id' | 'name'>): Promise<boolean> =>
        undoableDelete({
          operation: 'members:delete',
          input: { id: member.id },
          messages: {
            deleted: t('toast.memberDeleted', { name: member.name }),
            restored: t('toast.memberRestored', { name: member.name }),
            ...failures(member.name),
          },
        }),

      removeGroup: (group: Pick<MemberGroup, 'id' | 'name'>): Promise<boolean> =>
        undoableDelete({
          operation: 'groups:delete',
          input: { id: group.id },
          messages: {
            deleted: t('toast.groupDeleted', { name: group.name }),
            restored: t('toast.groupRestored', { name: group.name }),
            ...failures(group.name),
          },
        }),
    };
  }, [t, undoableDelete]);
}
