import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';

/**
 * "Discard the new item?" — Keep editing / Discard, drawn over the dialog it belongs to (see
 * Dialog's `unsaved`). Inside the same <dialog> rather than a second one: a <dialog> opened
 * from an Esc keypress joins the first one's close-watcher group in Chromium, so the next Esc
 * would close both and lose the input this question is there to protect.
 *
 * Focus starts on Keep editing, so Enter (or Esc, handled by the dialog) never discards.
 */
export function DiscardConfirm({
  question,
  onKeepEditing,
  onDiscard,
}: {
  question: string;
  onKeepEditing: () => void;
  onDiscard: () => void;
}) {
  const { t } = useTranslation();
  const questionId = useId();
  const noteId = useId();
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    <div className="dialog-discard">
      <div className="dialog-discard-card" role="alertdialog" aria-modal="true" aria-labelledby={questionId} aria-describedby={noteId}>
        <p id={questionId} className="dialog-discard-question">
          {question}
        </p>
        <p id={noteId} className="dialog-discard-note">
          {t('discard.note')}
        </p>
        <div className="dialog-discard-actions">
          <Button ref={keep} variant="secondary" onClick={onKeepEditing}>
            {t('discard.keepEditing')}
          </Button>
          <Button variant="danger" onClick={onDiscard}>
            {t('discard.discard')}
          </Button>
        </div>
      </div>
    </div>
  );
}
