import { useEffect } from 'react';
import { CircleAlert, CircleCheck, Info, X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { toast, useToastStore, type Toast } from '../state/toasts';

/** The toast region, mounted once by the app shell. Use `toast.*` (state/toasts.ts) to show one. */
export function Toaster() {
  const { t } = useTranslation();
  const toasts = useToastStore((s) => s.toasts);
  return (
    <section className="toaster" aria-label={t('toasts.region')}>
      <ol className="toast-list">
        {toasts.map((item) => (
          <ToastItem key={item.id} toast={item} />
        ))}
      </ol>
    </section>
  );
}

const ICONS = { info: Info, success: CircleCheck, error: CircleAlert } as const;

function ToastItem({ toast: item }: { toast: Toast }) {
  const { t } = useTranslation();
  useEffect(() => {
    if (item.durationMs === null) return;
    // A UI timer (not a test wait): the notice goes by itself after a while.
    const timer = window.setTimeout(() => toast.dismiss(item.id), item.durationMs);
    return () => window.clearTimeout(timer);
  }, [item.id, item.durationMs]);
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
