import { useId, useRef, useState, type DragEvent } from 'react';
import { Download, ExternalLink, FileText, Paperclip, ShieldAlert, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { ATTACHMENT_MAX_LABEL, type AttachmentInfo } from '../../../../shared/domain/attachment';
import { Badge } from '../../ui/Badge';
import { Button, IconButton } from '../../ui/Button';
import { useAttachmentActions, type AttachmentOwner } from './actions';
import { formatBytes } from './files';
import './attachments.css';

/**
 * The attachments of one owner (the trip, a member or an item): a drop zone with a file picker,
 * and the list with open/download and delete. `attachments` are the owner's own, from the
 * workspace (names and sizes only).
 */
export function AttachmentsPanel({ owner, attachments }: { owner: AttachmentOwner; attachments: readonly AttachmentInfo[] }) {
  const { t } = useTranslation('attachments');
  const actions = useAttachmentActions();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);
  const headingId = useId();
  const desktop = !!window.api?.openFile;

  const add = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    setBusy(true);
    try {
      await actions.add(owner, [...files]);
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void add(event.dataTransfer.files);
  };

  return (
    <section className="attachments" aria-labelledby={headingId} data-testid="attachments">
      <h3 id={headingId} className="attachments-title">
        <Paperclip aria-hidden className="attachments-title-icon" />
        {t('title')}
      </h3>
      {owner.memberId ? <p className="attachments-hint">{t('sensitiveHint')}</p> : null}
      {attachments.length === 0 ? (
        <p className="attachments-empty">{t('empty')}</p>
      ) : (
        <ul className="attachments-list">
          {attachments.map((a) => (
            <li key={a.id} className="attachments-row" data-testid="attachment">
              <FileText aria-hidden className="attachments-file-icon" />
              <span className="attachments-name" title={a.fileName}>
                {a.fileName}
              </span>
              <span className="attachments-size">{formatBytes(a.size)}</span>
              {a.sensitive ? (
                <Badge tone="warning" icon={ShieldAlert}>
                  {t('sensitive')}
                </Badge>
              ) : null}
              <Button size="sm" variant="ghost" icon={desktop ? ExternalLink : Download} onClick={() => void actions.open(a)}>
                {desktop ? t('open') : t('download')}
              </Button>
              <IconButton size="sm" label={t('delete', { name: a.fileName })} icon={Trash2} onClick={() => void actions.remove(a)} />
            </li>
          ))}
        </ul>
      )}
      <div
        className={['attachments-drop', dragging ? 'attachments-drop-active' : ''].filter(Boolean).join(' ')}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        aria-busy={busy || undefined}
      >
        <span>{t('drop')}</span>
        <Button size="sm" variant="secondary" onClick={() => input.current?.click()} busy={busy}>
          {t('choose')}
        </Button>
        <span className="attachments-limit">{t('limit', { limit: ATTACHMENT_MAX_LABEL })}</span>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          data-testid="attachment-input"
          onChange={(event) => void add(event.target.files)}
        />
      </div>
    </section>
  );
}
