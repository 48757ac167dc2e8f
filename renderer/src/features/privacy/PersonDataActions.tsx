import { FileDown, UserX } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EraseResult } from '../../../../shared/domain/privacy';
import { useApi } from '../../api/context';
import { callSafely, runMutation } from '../../api/mutation';
import { useSettings } from '../../state/settings';
import { toast } from '../../state/toasts';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { base64ToBytes, saveFiles, useSaveFeedback } from '../sharing';
import './privacy.css';

/** An erase changes members, contacts, meetings and everything that lists them. */
const ERASE_WRITES = ['members:', 'contacts:', 'meetings:', 'items:', 'groups:', 'trips:', 'search:', 'privacy:', 'checks:', 'documents:'];

/**
 * "Export personal data" and "Erase person…" for the person behind a member's or contact's
 * details (GDPR art. 15 and 17). The id picks the person: every member and contact row with
 * exactly that name, on every trip. Erasing first shows what goes, then asks.
 */
export function PersonDataActions({ id, onErased, size = 'md' }: { id: string; onErased: () => void; size?: 'sm' | 'md' }) {
  const { t } = useTranslation('privacy');
  const call = useApi();
  const lang = useSettings((s) => s.language);
  const feedback = useSaveFeedback();
  const [exporting, setExporting] = useState(false);
  const [preview, setPreview] = useState<EraseResult | null>(null);
  const [asking, setAsking] = useState(false);

  const exportData = async () => {
    setExporting(true);
    try {
      const result = await callSafely(call, 'privacy:exportPerson', { person: { id }, lang });
      if (!result.ok) {
        toast.show({ message: result.error.message, tone: 'error' });
        return;
      }
      const { baseName, json, pdfBase64 } = result.value;
      const saved = await saveFiles(
        [
          { fileName: `${baseName}.json`, data: json, mediaType: 'application/json' },
          { fileName: `${baseName}.pdf`, data: base64ToBytes(pdfBase64), mediaType: 'application/pdf' },
        ],
        `${baseName}.zip`,
      );
      feedback(saved, 2);
    } finally {
      setExporting(false);
    }
  };

  const askErase = async () => {
    setAsking(true);
    try {
      const result = await callSafely(call, 'privacy:erasePerson', { person: { id }, confirm: false });
      if (result.ok) setPreview(result.value);
      else toast.show({ message: result.error.message, tone: 'error' });
    } finally {
      setAsking(false);
    }
  };

  return (
    <>
      <Button variant="ghost" size={size} icon={FileDown} busy={exporting} onClick={() => void exportData()}>
        {t('person.export')}
      </Button>
      <Button variant="ghost" size={size} icon={UserX} className="btn-danger-text" busy={asking} onClick={() => void askErase()}>
        {t('person.erase')}
      </Button>
      {preview ? (
        <EraseDialog
          preview={preview}
          onCancel={() => setPreview(null)}
          onConfirm={async () => {
            const result = await runMutation(call, 'privacy:erasePerson', { person: { id }, confirm: true }, ERASE_WRITES);
            if (!result.ok) {
              toast.show({ message: result.error.message, tone: 'error' });
              return;
            }
            setPreview(null);
            toast.show({ message: t('person.erasedToast', { name: preview.person.name }), tone: 'success' });
            onErased();
          }}
        />
      ) : null}
    </>
  );
}

function EraseDialog({ preview, onCancel, onConfirm }: { preview: EraseResult; onCancel: () => void; onConfirm: () => Promise<void> }) {
  const { t } = useTranslation(['privacy', 'common']);
  const [busy, setBusy] = useState(false);
  const { person } = preview;
  return (
    <Dialog
      open
      onClose={onCancel}
      title={t('person.eraseTitle', { name: person.name })}
      size="sm"
      className="confirm-dialog"
      footer={
        <>
          <Button variant="ghost" onClick={onCancel} data-autofocus>
            {t('common:actions.cancel')}
          </Button>
          <Button
            variant="danger"
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
            {t('person.eraseConfirm')}
          </Button>
        </>
      }
    >
      <div className="confirm-message erase-preview" data-testid="erase-preview">
        <p>{t('person.eraseIntro')}</p>
        <p>
          {t('person.rows', {
            members: person.memberIds.length,
            trips: person.trips.join(', ') || '—',
            contacts: person.contactIds.length,
            links: preview.meetingLinks,
          })}
        </p>
      </div>
    </Dialog>
  );
}
