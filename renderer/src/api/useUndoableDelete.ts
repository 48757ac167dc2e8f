import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationInput, OperationName, OperationResult } from '../../../shared/api/contract';
import { toast } from '../state/toasts';
import { useApi } from './context';
import { runMutation } from './mutation';

/** The operations whose result carries a trash id: the deletes that `trash:restore` can undo. */
export type UndoableDeleteOperation = {
  [K in OperationName]: OperationResult<K> extends { trashId: string } ? K : never;
}[OperationName];

/** The toasts' texts, already in the app's language (each feature names its own things). */
export interface UndoableDeleteMessages {
  deleted: string;
  restored: string;
  deleteFailed: (reason: string) => string;
  restoreFailed: (reason: string) => string;
}

export interface UndoableDelete<K extends UndoableDeleteOperation> {
  operation: K;
  input: OperationInput<K>;
  messages: UndoableDeleteMessages;
  /** Queries to re-run after the delete, where the contract's areas miss some (gift photos). */
  invalidates?: readonly string[];
  /** After a successful Undo (reselect what came back). */
  onRestored?: () => void;
}

/**
 * Every delete in the app: at once, no confirmation needed, because Undo on the toast (and
 * Ctrl/Cmd+Z) brings back exactly what went — same ids, places, groups and programme links —
 * through the core's trash (`trash:restore` with the trash id the delete answered). The undo
 * re-runs every trip query (its contract areas), since what comes back can touch any of them.
 * Resolves to whether the delete happened; a failure is shown on a toast, nothing changes.
 */
export function useUndoableDelete() {
  const call = useApi();
  const { t } = useTranslation('common');
  return useCallback(
    async <K extends UndoableDeleteOperation>({ operation, input, messages, invalidates, onRestored }: UndoableDelete<K>): Promise<boolean> => {
      const result = await runMutation(call, operation, input, invalidates);
      if (!result.ok) {
        toast.show({ tone: 'error', message: messages.deleteFailed(result.error.message) });
        return false;
      }
      const { trashId } = result.value;
      toast.undoable({
        message: messages.deleted,
        undoLabel: t('actions.undo'),
        undoneMessage: messages.restored,
        undo: async () => {
          const back = await runMutation(call, 'trash:restore', { trashId });
          if (!back.ok) return { ok: false, message: messages.restoreFailed(back.error.message) };
          onRestored?.();
          return { ok: true };
        },
      });
      return true;
    },
    [call, t],
  );
}
