import { useState } from 'react';
import { FileDown, ShieldAlert } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/context';
import { toast } from '../../state/toasts';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Checkbox } from '../../ui/fields';
import { tripFile } from './actions';
import { saveFile } from './files';
import { useSaveFeedback } from './useSaveFeedback';

/** File → Export…: the trip as a .delegation file for a colleague. */
export function ExportTripDialog({ tripId, onClose }: { tripId: string; onClose: () => void }) {
  const { t } = useTranslation(['sharing', 'common']);
  const call = useApi();
  const feedback = useSaveFeedback();
  const [includePassports, setIncludePassports] = useState(false);
  const [includeAttachments, setIncludeAttachments] = useState(false);
  const [busy, setBusy] = useState(false);

  const exportIt = async () => {
    setBusy(true);
    try {
      const file = await tripFile(call, tripId, includePassports, includeAttachments);
      if (!file.ok) {
        toast.show({ message: t('feedback.failed', { reason: file.error.message }), tone: 'error' });
        return;
      }
      if (feedback(await saveFile(file.value.fileName, file.value.data, file.value.mediaType))) onClose();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('exportTrip.title')}
      description={t('exportTrip.description')}
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button variant="primary" icon={FileDown} busy={busy} onClick={() => void exportIt()} data-autofocus>
            {t('exportTrip.submit')}
          </Button>
        </>
      }
    >
      <div className="share-dialog-body">
        <p className="share-note">
          <ShieldAlert aria-hidden />
          {t('exportTrip.internal')}
        </p>
        <Checkbox
          label={t('exportTrip.passports')}
          hint={t('exportTrip.passportsHint')}
          checked={includePassports}
          onChange={(event) => setIncludePassports(event.currentTarget.checked)}
        />
        <Checkbox
          label={t('exportTrip.attachments')}
          hint={t('exportTrip.attachmentsHint')}
          checked={includeAttachments}
          onChange={(event) => setIncludeAttachments(event.currentTarget.checked)}
        />
      </div>
    </Dialog>
  );
}
