import { useEffect, useRef, useState } from 'react';
import { CircleAlert, FileUp, Upload } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from '../../navigation/Link';
import type { ImportPreview } from '../../../../shared/sharing/types';
import { useApi } from '../../api/context';
import { callSafely, runMutation } from '../../api/mutation';
import { paths } from '../../navigation/routes';
import { toast } from '../../state/toasts';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { LoadingState } from '../../ui/LoadingState';
import { importInput, NO_CHOICES, type ImportChoices } from './importChoices';
import { ImportPreviewView, previewMode } from './ImportPreviewView';
import { useSharingUi, type ImportSource } from './store';
import { useChooseTripFile } from './useChooseTripFile';

/** Everything an import may change, so every mounted screen reloads what it shows. */
type PreviewState =
  | { status: 'idle' }
  | { status: 'loading'; preview: ImportPreview | null }
  | { status: 'ready'; preview: ImportPreview }
  | { status: 'refused'; message: string };

/**
 * The core's preview of importing `content` with `choices` (validated, nothing written). It is
 * asked again when a choice changes, so what the dialog shows is exactly what Apply will do.
 */
function useImportPreview(content: string | null, choices: ImportChoices): PreviewState {
  const call = useApi();
  const [state, setState] = useState<PreviewState>({ status: 'idle' });
  const choicesKey = JSON.stringify(choices);
  useEffect(() => {
    if (content === null) {
      setState({ status: 'idle' });
      return;
    }
    let current = true;
    setState((previous) => ({ status: 'loading', preview: 'preview' in previous ? previous.preview : null }));
    void callSafely(call, 'sharing:previewImport', importInput(content, JSON.parse(choicesKey) as ImportChoices)).then((result) => {
      if (!current) return;
      setState(result.ok ? { status: 'ready', preview: result.value } : { status: 'refused', message: result.error.message });
    });
    return () => {
      current = false;
    };
  }, [call, content, choicesKey]);
  return state;
}

/**
 * File → Import…: choose or drop a .delegation file, see what it would change, decide conflicts
 * and deletions, then apply (one transaction in the core). Hostile or broken files are refused
 * by the core's validation with a message saying what is wrong; nothing is written then.
 */
export function ImportDialog({ source }: { source: ImportSource }) {
  const { t } = useTranslation(['sharing', 'common']);
  const call = useApi();
  const navigate = useNavigate();
  const close = useSharingUi((s) => s.closeImport);
  const dragging = useSharingUi((s) => s.dragging);
  const chooseFile = useChooseTripFile();
  const content = source.kind === 'file' ? source.content : null;
  const [choices, setChoices] = useState<ImportChoices>(NO_CHOICES);
  const [applying, setApplying] = useState(false);
  const applyRef = useRef<HTMLButtonElement>(null);

  // A new file starts with no decisions.
  useEffect(() => setChoices(NO_CHOICES), [content]);
  const state = useImportPreview(content, choices);
  const preview = state.status === 'ready' || state.status === 'loading' ? state.preview : null;
  const nothingToDo = preview !== null && previewMode(preview) === 'upToDate';

  // Once a preview is in, the main action has the focus: Enter imports, Esc cancels.
  const ready = state.status === 'ready';
  useEffect(() => {
    if (ready) applyRef.current?.focus();
  }, [ready]);

  const apply = async () => {
    if (content === null) return;
    setApplying(true);
    try {
      const result = await runMutation(call, 'sharing:applyImport', importInput(content, choices));
      if (!result.ok) {
        toast.show({ message: t('import.failed', { reason: result.error.message }), tone: 'error' });
        return;
      }
      toast.show({ message: t(`import.applied.${result.value.mode}`, { title: result.value.trip.title }), tone: 'success' });
      close();
      navigate(paths.trip(result.value.trip.id, 'overview'));
    } finally {
      setApplying(false);
    }
  };

  let body;
  if (source.kind === 'choose') {
    body = (
      <div className={['import-dropzone', dragging ? 'is-dragging' : ''].filter(Boolean).join(' ')} data-testid="import-dropzone">
        <Upload aria-hidden className="import-dropzone-icon" />
        <p className="import-dropzone-text">{t('import.drop')}</p>
        <p className="import-dropzone-or">{t('import.or')}</p>
        <Button variant="primary" icon={FileUp} onClick={chooseFile} data-autofocus>
          {t('import.choose')}
        </Button>
      </div>
    );
  } else if (source.kind === 'unreadable' || state.status === 'refused') {
    const message =
      source.kind === 'unreadable'
        ? (source.message ?? t(`import.unreadable.${source.problem ?? 'unreadable'}`))
        : state.status === 'refused'
          ? state.message
          : '';
    body = (
      <div className="import-refused" role="alert" data-testid="import-refused">
        <CircleAlert aria-hidden className="import-refused-icon" />
        <div className="import-refused-text">
          <h3>{t('import.refusedTitle', { fileName: source.fileName })}</h3>
          <p className="import-refused-message">{message}</p>
          <p className="import-refused-hint">{t('import.refusedHint')}</p>
        </div>
      </div>
    );
  } else if (!preview) {
    body = <LoadingState label={t('import.reading', { fileName: source.fileName })} />;
  } else {
    body = <ImportPreviewView fileName={source.fileName} preview={preview} choices={choices} onChoicesChange={setChoices} />;
  }

  const footer =
    source.kind === 'choose' ? undefined : (
      <>
        <Button variant="ghost" icon={FileUp} onClick={chooseFile} className="import-choose-another" data-autofocus={preview ? undefined : true}>
          {t('import.chooseAnother')}
        </Button>
        <Button variant="ghost" onClick={close}>
          {preview && !nothingToDo ? t('common:actions.cancel') : t('common:actions.close')}
        </Button>
        {preview && !nothingToDo && state.status !== 'refused' ? (
          <Button ref={applyRef} variant="primary" busy={applying} disabled={state.status !== 'ready'} onClick={() => void apply()}>
            {t(`import.apply.${preview.mode}`)}
          </Button>
        ) : null}
      </>
    );

  return (
    <Dialog open onClose={close} title={t('import.title')} description={t('import.description')} size="lg" className="import-dialog" footer={footer}>
      {body}
    </Dialog>
  );
}
