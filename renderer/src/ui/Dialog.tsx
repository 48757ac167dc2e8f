import { createContext, use, useId, useLayoutEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Button, IconButton } from './Button';
import { DiscardConfirm } from './DiscardConfirm';
import { useScreenActive } from '../navigation/screenActivity';

/**
 * Dialogs are the native <dialog> opened with showModal(): the browser makes the rest of the
 * page inert (focus stays inside), draws the backdrop, puts the dialog in the top layer, closes
 * it on Esc (we turn that into onClose) and returns focus to the opener afterwards. Chosen over
 * a library dialog because those inject <style> elements at run time, which our CSP
 * (style-src 'self') refuses, and because it costs no bundle size.
 *
 * Render it only while open (`{open && <Dialog …/>}` or open={false}); it opens on mount.
 * Initial focus: the element marked `data-autofocus`, else the first field in the body.
 *
 * Typed input is never lost by closing: while `unsaved` is true, Esc, ×, Cancel and a backdrop
 * click ask `discardQuestion` (Keep editing / Discard) instead of closing; Esc on that question
 * goes back to editing. Closing after a successful save calls the caller's own onClose directly.
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
  /** The dialog holds typed input that is not saved (a create form the user has changed). */
  unsaved?: boolean;
  /** Asked before closing while `unsaved`, e.g. "Discard the new item?". */
  discardQuestion?: string;
  /**
   * false: a side sheet beside the page rather than over it (the item editor). The page stays
   * usable, so another card opens in the same sheet; Esc still closes it (closedby). Opening
   * one costs a fraction of a modal's: showModal() makes the whole document inert, which
   * restyles every element of a large programme, and close() does it again.
   */
  modal?: boolean;
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
  unsaved = false,
  discardQuestion,
  modal = true,
}: Omit<DialogProps, 'open'>) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const closingOurselves = useRef(false);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  const unsavedRef = useRef(unsaved);
  unsavedRef.current = unsaved;
  const [confirming, setConfirming] = useState(false);
  const confirmingRef = useRef(false);
  confirmingRef.current = confirming;
  /** Where the user was when the question came up; Keep editing goes back there. */
  const editingAt = useRef<HTMLElement | null>(null);

  // Every way of closing except a completed save comes through here.
  const requestClose = useRef(() => {
    if (!unsavedRef.current) {
      onCloseRef.current();
      return;
    }
    if (confirmingRef.current) return;
    const active = document.activeElement;
    editingAt.current = active instanceof HTMLElement && ref.current?.contains(active) ? active : null;
    setConfirming(true);
  }).current;
  const keepEditing = useRef(() => {
    setConfirming(false);
    // After the question is gone (its inert frame is live again), back to the field.
    requestAnimationFrame(() => {
      const target = editingAt.current?.isConnected ? editingAt.current : firstFocusTarget(ref.current);
      target?.focus();
    });
  }).current;

  // A dialog on a workspace screen that is kept mounted while another tab is shown (the back
  // button, a link elsewhere) steps out of the top layer with its screen, keeping what was
  // typed, and opens again when the screen is shown again.
  const active = useScreenActive();
  const activeRef = useRef(active);
  activeRef.current = active;

  /** Where focus was before a sheet opened: show() does not give it back on close by itself. */
  const opener = useRef<HTMLElement | null>(null);
  /**
   * Open the dialog with focus on its first field (firstFocusTarget). show() and showModal()
   * focus the dialog's autofocus element, else its first focusable one (the header's Close
   * button): marking the field lets opening move focus once, not twice, and spares a second
   * style and layout pass while the dialog opens.
   */
  const openElement = useRef((el: HTMLDialogElement) => {
    const target = firstFocusTarget(el);
    if (target && !target.hasAttribute('autofocus')) {
      for (const old of el.querySelectorAll('[autofocus]')) old.removeAttribute('autofocus');
      target.setAttribute('autofocus', '');
    }
    if (modal) {
      el.showModal();
      return;
    }
    const before = document.activeElement;
    opener.current = before instanceof HTMLElement && !el.contains(before) ? before : opener.current;
    el.show();
  }).current;
  const closeElement = useRef((el: HTMLDialogElement) => {
    const hadFocus = el.contains(document.activeElement);
    el.close();
    if (!modal && hadFocus && opener.current?.isConnected) opener.current.focus({ preventScroll: true });
  }).current;

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // The browser can close a dialog by itself: a second Esc without a click or keystroke in
    // between is not cancellable (Chromium's close watchers). With unsaved input the dialog
    // opens again at once and that Esc counts as an ordinary one; otherwise React follows.
    const onNativeClose = () => {
      if (closingOurselves.current || !activeRef.current) return;
      if (!unsavedRef.current) {
        onCloseRef.current();
        return;
      }
      openElement(el);
      if (confirmingRef.current) keepEditing();
      else requestClose();
    };
    el.addEventListener('close', onNativeClose);
    return () => {
      el.removeEventListener('close', onNativeClose);
      closingOurselves.current = true;
      if (el.open) closeElement(el); // returns focus to the element that opened the dialog
    };
  }, []);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (active && !el.open) openElement(el);
    else if (!active && el.open) closeElement(el);
  }, [active]);

  const dialog = (
    <dialog
      ref={ref}
      className={['dialog', `dialog-${size}`, modal ? null : 'dialog-sheet', className].filter(Boolean).join(' ')}
      // Esc closes a non-modal dialog only when it asks for close requests (a modal always does).
      closedby={modal ? undefined : 'closerequest'}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        // Not cancellable: the browser closes the dialog next, and onNativeClose handles it.
        if (!event.cancelable) return;
        event.preventDefault();
        if (confirming) keepEditing();
        else requestClose();
      }}
      onClick={(event) => {
        if (dismissOnBackdrop && event.target === event.currentTarget && !confirming) requestClose();
      }}
    >
      <div className="dialog-frame" inert={confirming}>
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
          {bare ? null : <IconButton label={t('actions.close')} icon={X} onClick={requestClose} className="dialog-close" />}
        </header>
        <div className="dialog-body">{children}</div>
        {footer ? (
          <footer className="dialog-footer">
            <DialogCloseContext value={requestClose}>{footer}</DialogCloseContext>
          </footer>
        ) : null}
      </div>
      {confirming ? (
        <DiscardConfirm
          question={discardQuestion ?? t('discard.question')}
          onKeepEditing={keepEditing}
          onDiscard={() => {
            setConfirming(false);
            onCloseRef.current();
          }}
        />
      ) : null}
    </dialog>
  );
  // A sheet is placed straight in <body>, so opening it lays out only itself, not the screen around it.
  return modal ? dialog : createPortal(dialog, document.body);
}

function firstFocusTarget(el: HTMLElement | null): HTMLElement | null {
  if (!el) return null;
  return (
    el.querySelector<HTMLElement>('[data-autofocus]') ??
    el.querySelector<HTMLElement>('.dialog-body :is(input, select, textarea):not([disabled], [type="hidden"])') ??
    el.querySelector<HTMLElement>('.dialog-footer button:not([disabled])')
  );
}

/**
 * The footer's way to close "as the user asked" (a Cancel button), which asks first when input
 * is unsaved. A footer outside a Dialog gets the plain onClose of its caller.
 */
const DialogCloseContext = createContext<(() => void) | null>(null);

/** Close the surrounding dialog the way Esc does (asking first while input is unsaved). */
export function useRequestDialogClose(fallback: () => void): () => void {
  return use(DialogCloseContext) ?? fallback;
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
  /** Required here: every create form says whether closing it now would lose typed input. */
  unsaved: boolean;
}) {
  const { t } = useTranslation();
  const formId = useId();
  return (
    <Dialog
      {...dialog}
      footer={
        <>
          <CancelButton onClose={dialog.onClose}>{cancelLabel ?? t('actions.cancel')}</CancelButton>
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

function CancelButton({ onClose, children }: { onClose: () => void; children: ReactNode }) {
  const requestClose = useRequestDialogClose(onClose);
  return (
    <Button variant="ghost" onClick={requestClose}>
      {children}
    </Button>
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
