import { useEffect, useRef, useState } from 'react';
import { CircleAlert, CircleCheck, Info, X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { toast, useToastStore, type Toast } from '../state/toasts';

/**
 * The toast region, mounted once by the app shell. Use `toast.*` (state/toasts.ts) to show one.
 *
 * While the pointer or the focus is in the region, no toast counts down: the stack opens up
 * there (ui.css), and a toast going away would move Undo from under the pointer.
 */
export function Toaster() {
  const { t } = useTranslation();
  const toasts = useToastStore((s) => s.toasts);
  const [held, setHeld] = useState({ pointer: false, focus: false });
  const hold = (by: keyof typeof held, on: boolean) => setHeld((h) => (h[by] === on ? h : { ...h, [by]: on }));
  return (
    <section
      className="toaster"
      aria-label={t('toasts.region')}
      onPointerEnter={() => hold('pointer', true)}
      onPointerLeave={() => hold('pointer', false)}
      onFocus={() => hold('focus', true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) hold('focus', false);
      }}
    >
      <ol className="toast-list">
        {toasts.map((item) => (
          <ToastItem key={item.id} toast={item} paused={held.pointer || held.focus} />
        ))}
      </ol>
    </section>
  );
}

const ICONS = { info: Info, success: CircleCheck, error: CircleAlert } as const;

function ToastItem({ toast: item, paused }: { toast: Toast; paused: boolean }) {
  const { t } = useTranslation();
  useCountdown(item.durationMs, paused, () => toast.dismiss(item.id));
  const Icon = ICONS[item.tone];
  return (
    <li className={`toast toast-${item.tone}`} role={item.tone === 'error' ? 'alert' : 'status'} data-testid="toast">
      <Icon className="toast-icon" aria-hidden />
      <p className="toast-message">{item.message}</p>
      {item.action ? (
        <button
          type="button"
          className="toast-action"
          onClick={() => {
            item.action?.run();
          }}
        >
          {item.action.label}
        </button>
      ) : null}
      <button type="button" className="toast-dismiss" aria-label={t('actions.dismiss')} onClick={() => toast.dismiss(item.id)}>
        <X aria-hidden />
      </button>
    </li>
  );
}

/**
 * A UI timer (not a test wait): the notice goes by itself after `durationMs` (null: never),
 * counting only the time it was not paused.
 */
function useCountdown(durationMs: number | null, paused: boolean, onDone: () => void): void {
  const remaining = useRef(durationMs);
  const onDoneRef = useRef(onDone);
  onDoneRef.current = onDone;
  useEffect(() => {
    if (paused || remaining.current === null) return;
    const startedAt = Date.now();
    const timer = window.setTimeout(() => onDoneRef.current(), remaining.current);
    return () => {
      window.clearTimeout(timer);
      if (remaining.current !== null) remaining.current = Math.max(0, remaining.current - (Date.now() - startedAt));
    };
  }, [paused]);
}
