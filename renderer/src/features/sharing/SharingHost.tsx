import { lazy, Suspense, useEffect } from 'react';
import { Upload } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { currentLocation } from '../../navigation/Link';
import { useCommand } from '../../navigation/commands';
import { describeLocation } from '../../navigation/routes';
import { useSharingUi } from './store';
import { openTripFile } from './useChooseTripFile';
import './sharing.css';

const ImportDialog = lazy(() => import('./ImportDialog').then((m) => ({ default: m.ImportDialog })));
const ExportTripDialog = lazy(() => import('./ExportTripDialog').then((m) => ({ default: m.ExportTripDialog })));

/**
 * Mounted once in the app shell: everything that brings a trip file in or sends one out,
 * wherever the user is. File → Import… / Export… (menu and commands), a .delegation file dropped
 * anywhere on the window, and (desktop) a file the OS opened with the app.
 */
export function SharingHost() {
  const importing = useSharingUi((s) => s.importing);
  const exportingTripId = useSharingUi((s) => s.exportingTripId);
  const closeExportTrip = useSharingUi((s) => s.closeExportTrip);
  const dragging = useSharingUi((s) => s.dragging);

  useCommand('import-trip', () => useSharingUi.getState().openImport());
  useCommand('export-trip', () => {
    const { tripId } = describeLocation(currentLocation());
    if (tripId) useSharingUi.getState().openExportTrip(tripId);
  });
  useWindowFileDrop();
  useFilesOpenedByTheSystem();

  return (
    <>
      {dragging && !importing ? <DropOverlay /> : null}
      <Suspense fallback={null}>
        {importing ? <ImportDialog source={importing} /> : null}
        {exportingTripId ? <ExportTripDialog tripId={exportingTripId} onClose={closeExportTrip} /> : null}
      </Suspense>
    </>
  );
}

function DropOverlay() {
  const { t } = useTranslation('sharing');
  return (
    <div className="drop-overlay" aria-hidden>
      <div className="drop-overlay-card">
        <Upload className="drop-overlay-icon" />
        <p className="drop-overlay-title">{t('import.dropOverlay')}</p>
        <p className="drop-overlay-hint">{t('import.dropOverlayHint')}</p>
      </div>
    </div>
  );
}

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
/** Another dialog (a form being edited) has the window: a drop must not pull the user away. */
const busyElsewhere = () => !useSharingUi.getState().importing && document.querySelector('dialog:modal') !== null;

/** A file dragged onto the window opens the import dialog with it. */
function useWindowFileDrop(): void {
  useEffect(() => {
    const { setDragging } = useSharingUi.getState();
    let depth = 0; // dragenter/dragleave fire for every element crossed
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth += 1;
      if (!busyElsewhere()) setDragging(true);
    };
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault(); // without this the browser opens the file instead
      if (event.dataTransfer) event.dataTransfer.dropEffect = busyElsewhere() ? 'none' : 'copy';
    };
    const onLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file && !busyElsewhere()) void openTripFile(file);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
      setDragging(false);
    };
  }, []);
}

/** Desktop: a .delegation file double-clicked in the OS (or passed on the command line). */
function useFilesOpenedByTheSystem(): void {
  useEffect(
    () =>
      window.api?.onOpenFile?.((file) =>
        useSharingUi
          .getState()
          .openImport('content' in file ? { kind: 'file', fileName: file.fileName, content: file.content } : { kind: 'unreadable', fileName: file.fileName, message: file.error }),
      ),
    [],
  );
}
