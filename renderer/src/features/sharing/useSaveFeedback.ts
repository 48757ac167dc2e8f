import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from '../../state/toasts';
import type { SaveResult } from './files';

/** Tell the user where a file went (or why it did not); a cancelled dialog says nothing. */
export function useSaveFeedback(): (result: SaveResult, count?: number) => boolean {
  const { t } = useTranslation('sharing');
  return useCallback(
    (result, count = 1) => {
      switch (result.status) {
        case 'saved':
          toast.show({
            message: count > 1 ? t('feedback.savedFiles', { count, folder: result.fileName }) : t('feedback.saved', { fileName: result.fileName }),
            tone: 'success',
          });
          return true;
        case 'downloaded':
          toast.show({ message: t('feedback.downloaded', { fileName: result.fileName }), tone: 'success' });
          return true;
        case 'failed':
          toast.show({ message: t('feedback.failed', { reason: result.message }), tone: 'error' });
          return false;
        case 'cancelled':
          return false;
      }
    },
    [t],
  );
}
