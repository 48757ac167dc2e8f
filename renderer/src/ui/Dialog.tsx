import { useId, useLayoutEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Button, IconButton } from './Button';

/**
 * Dialogs are the native <dialog> opened with showModal(): the browser makes the rest of the
 * page inert (focus stays inside), draws the backdrop, puts the dialog in the top layer, closes
 * it on Esc (we turn that into onClose) and returns focus to the opener afterwards. Chosen over
 * a library dialog because those inject <style> elements at run time, which our CSP
 * (style-src 'self') refuses, and because it costs no bundle size.
 *
 * Render it only while open (`{open && <Dialog …/>}` or open={false}); it opens on mount.
 * Initial focus: the element marked `data-autofocus`, else the first field in the body.
 */
export interface DialogProps {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  /** One sentence under the title (also the dialog's accessible description). */
  description?: ReactNode;
  size?: 'sm' | 'md' | 'lg';
  /** Buttons at the bottom (Cancel / Create…). */
  footer?: ReactNode;
  /** Something at the right of the header, e.g. an autosave <SaveStatus>. */
  headerExtra?: ReactNode;
  children?: ReactNode;
  /** Close on a click outside; off by default so a stray click never loses typed input. */
  dismissOnBackdrop?: boolean;
  className?: string;
  /** Hide the visible header (the title still names the dialog), e.g. the search palette. */
  bare?: boolean;
}

export function Dialog({ open, ...props }: DialogProps) {
  return open ? <OpenDialog {...props} /> : null;
}

function OpenDialog({
  onClose,
  title,
  description,
  size = 'md',
  footer,
  headerExtra,
  children,
  dismissOnBackdrop = false,
  className,
  bare = false,
}: Omit<DialogProps, 'open'>) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const closingOurselves = useRef(false);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.showModal();
    const target =
      el.querySelector<HTMLElement>('[data-autofocus]') ??
      el.querySelector<HTMLElement>('.dialog-body :is(input, select, textarea):not([disabled], [type="hidden"])') ??
      el.querySelector<HTMLElement>('.dialog-footer button:not([disabled])');
    target?.focus();
    // The browser can close a dialog by itself (a repeated Esc); keep React's state in step.
    const onNativeClose = () => {
      if (!closingOurselves.current) onCloseRef.current();
    };
    el.addEventListener('close', onNativeClose);
    return () => {
      el.removeEventListener('close', onNativeClose);
      closingOurselves.current = true;
      if (el.open) el.close(); // returns focus to the element that opened the dialog
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={['dialog', `dialog-${size}`, className].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        if (dismissOnBackdrop && event.target === event.currentTarget) onClose();
      }}
    >
      <div className="dialog-frame">
        <header className={bare ? 'visually-hidden' : 'dialog-header'}>
          <div className="dialog-heading">
            <h2 id={titleId} className="dialog-title">
              {title}
            </h2>
            {description ? (
              <p id={descriptionId} className="dialog-description">
                {description}
              </p>
            ) : null}
          </div>
          {headerExtra ? <div className="dialog-header-extra">{headerExtra}</div> : null}
          {bare ? null : <IconButton label={t('actions.close')} icon={X} onClick={onClose} className="dialog-close" />}
        </header>
        <div className="dialog-body">{children}</div>
        {footer ? <footer className="dialog-footer">{footer}</footer> : null}
      </div>
    </dialog>
  );
}

/** A dialog whose body is a form: Enter submits, the footer's submit button is tied to it. */
export function FormDialog({
  onSubmit,
  submitLabel,
  submitting = false,
  cancelLabel,
  children,
  ...dialog
}: Omit<DialogProps, 'footer'> & {
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  submitLabel: string;
  submitting?: boolean;
  cancelLabel?: string;
}) {
  const { t } = useTranslation();
  const formId = useId();
  return (
    <Dialog
      {...dialog}
      footer={
        <>
          <Button variant="ghost" onClick={dialog.onClose}>
            {cancelLabel ?? t('actions.cancel')}
          </Button>
          <Button variant="primary" type="submit" form={formId} busy={submitting}>
            {submitLabel}
          </Button>
        </>
      }
    >
      <form
        id={formId}
        noValidate
        className="dialog-form"
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit(event);
        }}
      >
        {children}
      </form>
    </Dialog>
  );
}

export interface ConfirmDialogProps {
  open: boolean;
  title: ReactNode;
  message: ReactNode;
  confirmLabel: string;
  /** 'danger' for deletes: the confirm button is red. */
  tone?: 'default' | 'danger';
  /** May return a promise; the button shows progress and the dialog closes when it settles. */
  onConfirm: () => void | Promise<void>;
  onCancel: () => void;
}

/** "Delete this trip?" — focus starts on Cancel, so Enter alone never destroys anything. */
export function ConfirmDialog({ open, title, message, confirmLabel, tone = 'default', onConfirm, onCancel }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  return (
    <Dialog
      open={open}
      onClose={onCancel}
      title={title}
      size="sm"
      dismissOnBackdrop
      className="confirm-dialog"
      footer={
        <>
          <Button variant="ghost" onClick={onCancel} data-autofocus>
            {t('actions.cancel')}
          </Button>
          <Button
            variant={tone === 'danger' ? 'danger' : 'primary'}
            busy={busy}
            onClick={async () => {
              setBusy(true);
              try {
                await onConfirm();
              } finally {
                setBusy(false);
              }
            }}
          >
            {confirmLabel}
          </Button>
        </>
      }
    >
      <div className="confirm-message">{message}</div>
    </Dialog>
  );
}
