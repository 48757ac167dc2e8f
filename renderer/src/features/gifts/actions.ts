import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationInput } from '../../../../shared/api/contract';
import type { Gift } from '../../../../shared/domain/gift';
import { useApi } from '../../api/context';
import { callSafely } from '../../api/mutation';
import { useUndoableDelete } from '../../api/useUndoableDelete';
import { toast } from '../../state/toasts';
import { saveFile } from '../sharing';

/** Delete (undoable) and CSV export of gifts. */
export function useGiftActions() {
  const call = useApi();
  const { t, i18n } = useTranslation(['gifts', 'common']);
  const undoableDelete = useUndoableDelete();
  return useMemo(
    () => ({
      remove: (gift: Pick<Gift, 'id' | 'description'>): Promise<boolean> =>
        undoableDelete({
          operation: 'gifts:delete',
          input: { id: gift.id },
          messages: {
            deleted: t('toast.deleted', { description: gift.description }),
            restored: t('toast.restored', { description: gift.description }),
            deleteFailed: (reason) => t('toast.deleteFailed', { description: gift.description, reason }),
            restoreFailed: (reason) => t('toast.restoreFailed', { what: gift.description, reason }),
          },
        }),

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
    [call, t, i18n, undoableDelete],
  );
}
