import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Item, ItemState } from '../../../../shared/domain/item';
import { useApi } from '../../api/context';
import { runMutation } from '../../api/mutation';
import { useUndoableDelete } from '../../api/useUndoableDelete';
import { toast } from '../../state/toasts';
import { duplicateOf } from './formValues';

/**
 * Item writes outside the editor: delete (with Undo on the toast and Ctrl/Cmd+Z, which puts
 * back exactly what was deleted through 'trash:restore'), duplicate, and moving an item among
 * those that start at the same time.
 */
export function useItemActions(tripId: string) {
  const call = useApi();
  const { t } = useTranslation(['programme', 'common']);
  const undoableDelete = useUndoableDelete();

  return useMemo(
    () => ({
      remove: (item: Pick<Item, 'id' | 'title'>): Promise<boolean> =>
        undoableDelete({
          operation: 'items:delete',
          input: { id: item.id },
          messages: {
            deleted: t('toast.deleted', { title: item.title }),
            restored: t('toast.restored', { title: item.title }),
            deleteFailed: (reason) => t('toast.deleteFailed', { reason }),
            restoreFailed: (reason) => t('toast.restoreFailed', { reason }),
          },
        }),

      /** A copy right after the original (same time; the copy sorts after it). Returns its id. */
      async duplicate(item: Item): Promise<string | null> {
        const copy = duplicateOf(item, t('copyTitle', { title: item.title }));
        const result = await runMutation(call, 'items:create', copy);
        if (!result.ok) {
          toast.show({ message: t('toast.duplicateFailed', { reason: result.error.message }), tone: 'error' });
          return null;
        }
        toast.show({ message: t('toast.duplicated', { title: item.title }), tone: 'success' });
        return result.value.id;
      },

      /** Move `itemId` one place earlier (-1) or later (+1) among `group` (same start, in order). */
      async move(itemId: string, direction: -1 | 1, group: readonly string[]): Promise<boolean> {
        const from = group.indexOf(itemId);
        const to = from + direction;
        if (from < 0 || to < 0 || to >= group.length) return false;
        const ids = [...group];
        ids.splice(from, 1);
        ids.splice(to, 0, itemId);
        const result = await runMutation(call, 'items:reorder', { tripId, ids });
        if (!result.ok) {
          toast.show({ message: t('toast.moveFailed', { reason: result.error.message }), tone: 'error' });
          return false;
        }
        return true;
      },

      /** Done, cancelled or planned again, from the card: one click, the outcome text kept. */
      async setState(item: Pick<Item, 'id' | 'title'>, state: ItemState): Promise<boolean> {
        const result = await runMutation(call, 'items:update', { id: item.id, patch: { state } });
        if (!result.ok) {
          toast.show({ message: t('toast.stateFailed', { reason: result.error.message }), tone: 'error' });
          return false;
        }
        toast.show({ message: t(`toast.state.${state}`, { title: item.title }), tone: 'success' });
        return true;
      },
    }),
    [call, t, tripId, undoableDelete],
  );
}
