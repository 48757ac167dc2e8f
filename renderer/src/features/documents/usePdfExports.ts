import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileToSave } from '../../../../shared/api/client';
import type { Member } from '../../../../shared/domain/member';
import { useApi } from '../../api/context';
import { callSafely } from '../../api/mutation';
import { toast } from '../../state/toasts';
import { base64ToBytes, saveFile, saveFiles, useSaveFeedback } from '../sharing';
import type { DocumentInput } from './options';

export interface BatchProgress {
  index: number;
  total: number;
  name: string;
}

/**
 * Export PDF (the document shown) and Export all personal programmes (one PDF per member, one
 * after the other with progress, saved together: a folder in the app, a .zip in the browser).
 * The PDFs come from 'documents:pdf': the core prints the same page the preview shows.
 */
export function usePdfExports(tripTitle: string) {
  const { t } = useTranslation('documents');
  const call = useApi();
  const feedback = useSaveFeedback();
  const [exporting, setExporting] = useState(false);
  const [batch, setBatch] = useState<BatchProgress | null>(null);
  const stopRef = useRef(false);

  const fail = useCallback((reason: string) => toast.show({ message: t('exportFailed', { reason }), tone: 'error' }), [t]);

  const exportPdf = useCallback(
    async (input: DocumentInput) => {
      setExporting(true);
      try {
        const pdf = await callSafely(call, 'documents:pdf', input);
        if (!pdf.ok) return fail(pdf.error.message);
        feedback(await saveFile(pdf.value.fileName, base64ToBytes(pdf.value.base64), 'application/pdf'));
      } finally {
        setExporting(false);
      }
    },
    [call, fail, feedback],
  );

  const exportAllPersonal = useCallback(
    async (input: DocumentInput, members: readonly Member[]) => {
      stopRef.current = false;
      const files: FileToSave[] = [];
      try {
        for (const [index, member] of members.entries()) {
          if (stopRef.current) {
            toast.show({ message: t('stopped') });
            return;
          }
          setBatch({ index: index + 1, total: members.length, name: member.name });
          const pdf = await callSafely(call, 'documents:pdf', { ...input, variant: 'handout', memberId: member.id });
          if (!pdf.ok) return fail(pdf.error.message);
          files.push({ fileName: pdf.value.fileName, data: base64ToBytes(pdf.value.base64), mediaType: 'application/pdf' });
        }
        feedback(await saveFiles(files, t('allPersonalZip', { title: tripTitle })), files.length);
      } finally {
        setBatch(null);
      }
    },
    [call, fail, feedback, t, tripTitle],
  );

  const stop = useCallback(() => {
    stopRef.current = true;
  }, []);

  return { exportPdf, exporting, exportAllPersonal, batch, stop };
}
