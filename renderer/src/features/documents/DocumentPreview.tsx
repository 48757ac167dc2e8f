import { useCallback, useEffect, useImperativeHandle, useLayoutEffect, useRef, useState, type Ref } from 'react';
import { LoaderCircle } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { createPreviewUrls, type PreviewUrls } from './previewDocument';

/**
 * The document as it will print, in a sandboxed frame scaled to the panel's width.
 *
 * sandbox="allow-same-origin allow-modals", deliberately without allow-scripts: nothing can run
 * in the frame (its own CSP says script-src 'none' as well). allow-same-origin is what lets the
 * frame load the page's blob: stylesheet (an opaque-origin frame may not read the app's blob:
 * URLs) and lets Print call the frame's print(); allow-modals is what print() needs.
 *
 * A new version loads in a second, hidden frame and replaces the shown one once loaded, so
 * changing an option never flashes an empty panel.
 */

/** Layout width of the frame in CSS px: an A4 sheet (210 mm) plus the page's screen margins. */
const FRAME_WIDTH = 880;

export interface DocumentPreviewHandle {
  /** Browser mode: print the shown document with the browser's print dialog. */
  print(): boolean;
  /** Whether a version of the document is shown. */
  ready(): boolean;
}

interface Frame {
  key: number;
  urls: PreviewUrls;
  loaded: boolean;
}

let nextKey = 1;

export function DocumentPreview({
  html,
  title,
  updating,
  onReady,
  ref,
}: {
  html: string;
  title: string;
  updating: boolean;
  /** Called whenever a new version has finished loading. */
  onReady?: () => void;
  ref?: Ref<DocumentPreviewHandle>;
}) {
  const { t } = useTranslation('documents');
  const [frames, setFrames] = useState<Frame[]>([]);
  const framesRef = useRef<Frame[]>([]);
  const elements = useRef(new Map<number, HTMLIFrameElement>());
  const box = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  const onReadyRef = useRef(onReady);
  onReadyRef.current = onReady;

  const commit = (next: Frame[]) => {
    framesRef.current = next;
    setFrames(next);
  };

  useEffect(() => {
    const frame: Frame = { key: nextKey++, urls: createPreviewUrls(html), loaded: false };
    // Keep the last loaded version on screen while the new one loads; drop older pending ones.
    const keep = framesRef.current.filter((f) => f.loaded).slice(-1);
    framesRef.current.filter((f) => !keep.includes(f)).forEach((f) => f.urls.revoke());
    commit([...keep, frame]);
  }, [html]);

  useEffect(() => () => framesRef.current.forEach((f) => f.urls.revoke()), []);

  const loaded = useCallback((key: number) => {
    const current = framesRef.current;
    const index = current.findIndex((f) => f.key === key);
    if (index < 0) return;
    current.slice(0, index).forEach((f) => f.urls.revoke());
    commit(current.slice(index).map((f) => (f.key === key ? { ...f, loaded: true } : f)));
  }, []);

  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => setSize({ width: element.clientWidth, height: element.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const shown = [...frames].reverse().find((f) => f.loaded) ?? null;
  useImperativeHandle(
    ref,
    () => ({
      print: () => {
        const frameWindow = shown ? elements.current.get(shown.key)?.contentWindow : null;
        if (!frameWindow) return false;
        frameWindow.print();
        return true;
      },
      ready: () => shown !== null,
    }),
    [shown],
  );

  // After the new version is committed (and the handle points at it), not in its load event.
  const shownKey = shown?.key;
  useEffect(() => {
    if (shownKey !== undefined) onReadyRef.current?.();
  }, [shownKey]);

  const scale = size.width > 0 ? Math.min(1, size.width / FRAME_WIDTH) : 1;
  return (
    <div className="preview-viewport" ref={box}>
      {frames.map((frame) => (
        <iframe
          key={frame.key}
          ref={(element) => {
            if (element) elements.current.set(frame.key, element);
            else elements.current.delete(frame.key);
          }}
          className="preview-frame"
          title={t('preview.frameTitle', { title })}
          src={frame.urls.documentUrl}
          sandbox="allow-same-origin allow-modals"
          referrerPolicy="no-referrer"
          data-loaded={frame.loaded}
          data-testid={frame.loaded ? 'document-preview-frame' : undefined}
          aria-hidden={frame.loaded ? undefined : true}
          tabIndex={frame.loaded ? 0 : -1}
          // Computed geometry (the README's exception to "no style props"): scale to the panel.
          style={{ width: FRAME_WIDTH, height: size.height / scale, transform: `scale(${scale})` }}
          onLoad={() => loaded(frame.key)}
        />
      ))}
      {updating || !shown || frames.some((f) => !f.loaded) ? (
        <p className="preview-updating" role="status">
          <LoaderCircle aria-hidden className="spin" />
          {shown ? t('preview.updating') : t('preview.loading')}
        </p>
      ) : null}
    </div>
  );
}
