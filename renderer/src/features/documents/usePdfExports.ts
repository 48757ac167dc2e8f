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
 *
 * Cancel ends a batch at once: no further PDF is asked for, the one being printed is dropped
 * when it arrives, and nothing is saved. (The core finishes that one print; it is not stoppable.)
 */
export function usePdfExports(tripTitle: string) {
  const { t } = useTranslation('documents');
  const call = useApi();
  const feedback = useSaveFeedback();
  const [exporting, setExporting] = useState(false);
  const [batch, setBatch] = useState<BatchProgress | null>(null);
  /** The running batch's number; Cancel (or a new batch) moves it on, which retires the old one. */
  const currentBatch = useRef(0);

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
      const run = ++currentBatch.current;
      const files: FileToSave[] = [];
      for (const [index, member] of members.entries()) {
        setBatch({ index: index + 1, total: members.length, name: member.name });
        const pdf = await callSafely(call, 'documents:pdf', { ...input, variant: 'handout', memberId: member.id });
        if (currentBatch.current !== run) return; // cancelled while this one was printed
        if (!pdf.ok) {
          setBatch(null);
          currentBatch.current += 1;
          return fail(pdf.error.message);
        }
        files.push({ fileName: pdf.value.fileName, data: base64ToBytes(pdf.value.base64), mediaType: 'application/pdf' });
      }
      setBatch(null);
      currentBatch.current += 1;
      feedback(await saveFiles(files, t('allPersonalZip', { title: tripTitle })), files.length);
    },
    [call, fail, feedback, t, tripTitle],
  );

  const cancel = useCallback(() => {
    currentBatch.current += 1;
    setBatch(null);
    toast.show({ message: t('cancelled') });
  }, [t]);

  return { exportPdf, exporting, exportAllPersonal, batch, cancel };
}
