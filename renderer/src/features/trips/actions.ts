import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TripSummary, Trip } from '../../../../shared/domain/trip';
import { useApi } from '../../api/context';
import { runMutation } from '../../api/mutation';
import { useUndoableDelete } from '../../api/useUndoableDelete';
import { toast } from '../../state/toasts';

/**
 * Trip writes that need more than one call or offer an undo: archive / unarchive and delete.
 * Both put an Undo on the toast (and behind Ctrl/Cmd+Z).
 */
export function useTripActions() {
  const call = useApi();
  const { t } = useTranslation(['trips', 'common']);
  const undoableDelete = useUndoableDelete();

  return useMemo(
    () => ({
      async setArchived(trip: Pick<Trip, 'id' | 'title'>, archived: boolean): Promise<boolean> {
        const result = await runMutation(call, 'trips:archive', { id: trip.id, archived });
        if (!result.ok) {
          toast.show({ message: result.error.message, tone: 'error' });
          return false;
        }
        toast.undoable({
          message: t(archived ? 'toast.archived' : 'toast.unarchived', { title: trip.title }),
          undoLabel: t('common:actions.undo'),
          undoneMessage: t(archived ? 'toast.unarchived' : 'toast.archived', { title: trip.title }),
          undo: async () => {
            const back = await runMutation(call, 'trips:archive', { id: trip.id, archived: !archived });
            return back.ok ? { ok: true } : { ok: false, message: back.error.message };
          },
        });
        return true;
      },

      /** Delete after the user confirmed; Undo brings it back whole, with the same ids. */
      remove: (trip: Pick<TripSummary, 'id' | 'title'>): Promise<boolean> =>
        undoableDelete({
          operation: 'trips:delete',
          input: { id: trip.id },
          messages: {
            deleted: t('toast.deleted', { title: trip.title }),
            restored: t('toast.restored', { title: trip.title }),
            deleteFailed: (reason) => reason,
            restoreFailed: (reason) => t('toast.restoreFailed', { reason }),
          },
        }),
    }),
    [call, t, undoableDelete],
  );
}
