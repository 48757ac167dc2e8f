import { useCallback } from 'react';
import { readTextFile } from './files';
import { useSharingUi } from './store';

/** Read a chosen or dropped file and show it in the import dialog (which previews it). */
export async function openTripFile(file: File): Promise<void> {
  const read = await readTextFile(file);
  useSharingUi
    .getState()
    .openImport(read.ok ? { kind: 'file', fileName: read.fileName, content: read.content } : { kind: 'unreadable', fileName: read.fileName, problem: read.problem });
}

/**
 * "Choose file…": the system file chooser for a .delegation file. Call it from a click handler
 * (browsers show file choosers only in answer to the user).
 */
export function useChooseTripFile(): () => void {
  return useCallback(() => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.delegation,application/x-delegation+json,application/json';
    input.hidden = true;
    input.addEventListener(
      'change',
      () => {
        const file = input.files?.[0];
        input.remove();
        if (file) void openTripFile(file);
      },
      { once: true },
    );
    input.addEventListener('cancel', () => input.remove(), { once: true });
    // Inside the open modal dialog if there is one: everything outside it is inert.
    (document.querySelector('dialog[open]') ?? document.body).append(input);
    input.click();
  }, []);
}
