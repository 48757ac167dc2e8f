import { useState } from 'react';
import { FileDown } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/context';
import { useSettings } from '../../state/settings';
import { toast } from '../../state/toasts';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Checkbox, RadioGroup } from '../../ui/fields';
import { csvFile, vcardFiles } from './actions';
import { saveFile, saveFiles } from './files';
import { useSaveFeedback } from './useSaveFeedback';
import type { AppLanguage } from '../../../../shared/domain/language';

type What = 'members' | 'contacts' | 'invitation-data' | 'vcard';
type Separator = ';' | ',';

/** Member list and contacts as CSV for Excel, contacts as vCard. */
export function ListsDialog({ tripId, tripTitle, onClose }: { tripId: string; tripTitle: string; onClose: () => void }) {
  const { t } = useTranslation(['sharing', 'common']);
  const call = useApi();
  const feedback = useSaveFeedback();
  const uiLanguage = useSettings((s) => s.language);
  const [what, setWhat] = useState<What>('members');
  // Swedish Excel reads ';' as the column separator, English Excel ','.
  const [separator, setSeparator] = useState<Separator>(uiLanguage === 'sv' ? ';' : ',');
  const [lang, setLang] = useState<AppLanguage>(uiLanguage);
  const [includePassports, setIncludePassports] = useState(false);
  const [perContact, setPerContact] = useState(false);
  const [busy, setBusy] = useState(false);

  const exportIt = async () => {
    setBusy(true);
    try {
      if (what === 'vcard') {
        const files = await vcardFiles(call, tripId, lang, perContact);
        if (!files.ok) return toast.show({ message: t('feedback.failed', { reason: files.error.message }), tone: 'error' });
        const [only] = files.value;
        const saved =
          files.value.length === 1 && only
            ? await saveFile(only.fileName, only.data, only.mediaType)
            : await saveFiles(files.value, t('lists.zipName', { title: tripTitle }));
        if (feedback(saved, files.value.length)) onClose();
        return;
      }
      const file = await csvFile(call, tripId, { what, separator, lang, includePassports: what === 'members' && includePassports });
      if (!file.ok) return toast.show({ message: t('feedback.failed', { reason: file.error.message }), tone: 'error' });
      if (feedback(await saveFile(file.value.fileName, file.value.data, file.value.mediaType))) onClose();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('lists.title')}
      description={t('lists.description')}
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button variant="primary" icon={FileDown} busy={busy} onClick={() => void exportIt()}>
            {t('lists.submit')}
          </Button>
        </>
      }
    >
      <div className="share-dialog-body">
        <RadioGroup<What>
          legend={t('lists.what')}
          appearance="list"
          value={what}
          onChange={setWhat}
          options={(['members', 'contacts', 'invitation-data', 'vcard'] as const).map((value) => ({
            value,
            label: t(`lists.whats.${value}`),
            description: t(`lists.whatHints.${value}`),
          }))}
        />
        {what === 'vcard' ? (
          <Checkbox
            label={t('lists.perContact')}
            hint={t('lists.perContactHint')}
            checked={perContact}
            onChange={(event) => setPerContact(event.currentTarget.checked)}
          />
        ) : (
          <div className="share-row">
            <RadioGroup<Separator>
              legend={t('lists.separator')}
              value={separator}
              onChange={setSeparator}
              options={[
                { value: ';', label: t('lists.separators.semicolon') },
                { value: ',', label: t('lists.separators.comma') },
              ]}
            />
            <p className="field-hint share-row-hint">{t('lists.separatorHint')}</p>
          </div>
        )}
        <RadioGroup<AppLanguage>
          legend={t('language')}
          value={lang}
          onChange={setLang}
          options={[
            { value: 'sv', label: t('languages.sv') },
            { value: 'en', label: t('languages.en') },
          ]}
        />
        {what === 'members' ? (
          <Checkbox
            label={t('lists.passports')}
            hint={t('lists.passportsHint')}
            checked={includePassports}
            onChange={(event) => setIncludePassports(event.currentTarget.checked)}
          />
        ) : null}
      </div>
    </Dialog>
  );
}
