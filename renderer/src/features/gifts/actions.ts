import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationInput } from '../../../../shared/api/contract';
import type { Gift } from '../../../../shared/domain/gift';
import { useApi } from '../../api/context';
import { callSafely, runMutation } from '../../api/mutation';
import { toast, type UndoOutcome } from '../../state/toasts';
import { saveFile } from '../sharing';

/** Delete (undoable) and CSV export of gifts. */
export function useGiftActions() {
  const call = useApi();
  const { t, i18n } = useTranslation(['gifts', 'common']);
  return useMemo(
    () => ({
      async remove(gift: Pick<Gift, 'id' | 'description'>): Promise<boolean> {
        const result = await runMutation(call, 'gifts:delete', { id: gift.id });
        if (!result.ok) {
          toast.show({ tone: 'error', message: t('toast.deleteFailed', { description: gift.description, reason: result.error.message }) });
          return false;
        }
        toast.undoable({
          message: t('toast.deleted', { description: gift.description }),
          undoLabel: t('common:actions.undo'),
          undoneMessage: t('toast.restored', { description: gift.description }),
          undo: async (): Promise<UndoOutcome> => {
            const back = await runMutation(call, 'trash:restore', { trashId: result.value.trashId }, ['gifts:', 'trips:']);
            return back.ok ? { ok: true } : { ok: false, message: t('toast.restoreFailed', { what: gift.description, reason: back.error.message }) };
          },
        });
        return true;
      },

      async exportCsv(query: Omit<OperationInput<'gifts:csv'>, 'lang'>): Promise<void> {
        const lang = i18n.language === 'en' ? 'en' : 'sv';
        const result = await callSafely(call, 'gifts:csv', { ...query, lang });
        if (!result.ok) {
          toast.show({ tone: 'error', message: t('toast.exportFailed', { reason: result.error.message }) });
          return;
        }
        const saved = await saveFile(result.value.fileName, result.value.content, result.value.mediaType);
        if (saved.status === 'failed') toast.show({ tone: 'error', message: t('toast.exportFailed', { reason: saved.message }) });
        else if (saved.status !== 'cancelled') toast.show({ message: t('toast.exported', { fileName: saved.fileName }) });
      },
    }),
    [call, t, i18n],
  );
}
