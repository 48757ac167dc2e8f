import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTACHMENT_MAX_BYTES, ATTACHMENT_MAX_LABEL, type AttachmentInfo } from '../../../../shared/domain/attachment';
import { useApi } from '../../api/context';
import { callSafely, runMutation } from '../../api/mutation';
import { useUndoableDelete } from '../../api/useUndoableDelete';
import { toast } from '../../state/toasts';
import { base64ToBytes, saveFile } from '../sharing';
import { fileToBase64, formatBytes } from './files';

export interface AttachmentOwner {
  tripId: string;
  memberId?: string;
  itemId?: string;
}

/**
 * Adding, opening and deleting attachments. A file over the limit is refused here, before it is
 * read (the core refuses it too). Opening: the desktop app hands a temporary copy to the system's
 * viewer; the browser mode downloads it. Deletes are undoable like every other delete.
 */
export function useAttachmentActions() {
  const call = useApi();
  const { t } = useTranslation(['attachments', 'common']);
  const undoableDelete = useUndoableDelete();

  return useMemo(() => {
    return {
      async add(owner: AttachmentOwner, files: readonly File[]): Promise<void> {
        for (const file of files) {
          if (file.size > ATTACHMENT_MAX_BYTES) {
            toast.show({ tone: 'error', message: t('toast.tooLarge', { name: file.name, size: formatBytes(file.size), limit: ATTACHMENT_MAX_LABEL }) });
            continue;
          }
          const content = await fileToBase64(file);
          const result = await runMutation(call, 'attachments:add', { ...owner, fileName: file.name, mediaType: file.type, content });
          if (result.ok) toast.show({ message: t('toast.added', { name: file.name }) });
          else toast.show({ tone: 'error', message: t('toast.addFailed', { name: file.name, reason: result.error.message }) });
        }
      },

      async open(attachment: AttachmentInfo): Promise<void> {
        const result = await callSafely(call, 'attachments:content', { id: attachment.id });
        if (!result.ok) {
          toast.show({ tone: 'error', message: t('toast.openFailed', { name: attachment.fileName, reason: result.error.message }) });
          return;
        }
        const { fileName, mediaType, base64 } = result.value;
        if (window.api?.openFile) {
          const opened = await window.api.openFile({ fileName, data: base64ToBytes(base64), mediaType });
          if (opened.status === 'opened') return;
          if (opened.status === 'failed') {
            toast.show({ tone: 'error', message: t('toast.openFailed', { name: fileName, reason: opened.message }) });
            return;
          }
          // 'refused': a type the system would run rather than show; the user saves it instead.
        }
        const saved = await saveFile(fileName, base64ToBytes(base64), mediaType);
        if (saved.status === 'failed') toast.show({ tone: 'error', message: t('toast.openFailed', { name: fileName, reason: saved.message }) });
      },

      async remove(attachment: AttachmentInfo): Promise<void> {
        await undoableDelete({
          operation: 'attachments:delete',
          input: { id: attachment.id },
          // A gift's photo is an attachment: the gift register shows it.
          invalidates: ['attachments:', 'trips:', 'gifts:'],
          messages: {
            deleted: t('toast.deleted', { name: attachment.fileName }),
            restored: t('toast.restored', { name: attachment.fileName }),
            deleteFailed: (reason) => t('toast.deleteFailed', { name: attachment.fileName, reason }),
            restoreFailed: (reason) => t('toast.restoreFailed', { what: attachment.fileName, reason }),
          },
        });
      },
    };
  }, [call, t, undoableDelete]);
}
