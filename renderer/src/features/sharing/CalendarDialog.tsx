import { useState } from 'react';
import { CalendarArrowDown } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { FileToSave } from '../../../../shared/api/client';
import type { Member } from '../../../../shared/domain/member';
import { useApi } from '../../api/context';
import { useSettings } from '../../state/settings';
import { toast } from '../../state/toasts';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { RadioGroup, Select } from '../../ui/fields';
import { calendarFile } from './actions';
import { saveFile, saveFiles } from './files';
import { useSaveFeedback } from './useSaveFeedback';
import type { AppLanguage } from '../../../../shared/domain/language';

type Scope = 'trip' | 'member' | 'all';

/** Calendar (.ics) of the whole programme, of one member, or one per member. */
export function CalendarDialog({
  tripId,
  tripTitle,
  members,
  onClose,
}: {
  tripId: string;
  tripTitle: string;
  members: readonly Member[];
  onClose: () => void;
}) {
  const { t } = useTranslation(['sharing', 'common']);
  const call = useApi();
  const feedback = useSaveFeedback();
  const uiLanguage = useSettings((s) => s.language);
  const [scope, setScope] = useState<Scope>('trip');
  const [memberId, setMemberId] = useState(members[0]?.id ?? '');
  const [lang, setLang] = useState<AppLanguage>(uiLanguage);
  const [progress, setProgress] = useState<{ index: number; total: number } | null>(null);
  const busy = progress !== null;

  const fail = (message: string) => toast.show({ message: t('feedback.failed', { reason: message }), tone: 'error' });

  const exportIt = async () => {
    setProgress({ index: 0, total: scope === 'all' ? members.length : 1 });
    try {
      if (scope !== 'all') {
        const file = await calendarFile(call, tripId, lang, scope === 'member' ? memberId : undefined);
        if (!file.ok) return fail(file.error.message);
        if (feedback(await saveFile(file.value.fileName, file.value.data, file.value.mediaType))) onClose();
        return;
      }
      const files: FileToSave[] = [];
      for (const [index, member] of members.entries()) {
        setProgress({ index: index + 1, total: members.length });
        const file = await calendarFile(call, tripId, lang, member.id);
        if (!file.ok) return fail(file.error.message);
        files.push(file.value);
      }
      if (feedback(await saveFiles(files, t('calendar.zipName', { title: tripTitle })), files.length)) onClose();
    } finally {
      setProgress(null);
    }
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('calendar.title')}
      description={t('calendar.description')}
      footer={
        <>
          {progress && progress.total > 1 ? (
            <span className="share-progress" role="status">
              {t('calendar.progress', progress)}
            </span>
          ) : null}
          <Button variant="ghost" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button variant="primary" icon={CalendarArrowDown} busy={busy} onClick={() => void exportIt()} disabled={scope !== 'trip' && members.length === 0}>
            {t('calendar.submit')}
          </Button>
        </>
      }
    >
      <div className="share-dialog-body">
        <RadioGroup<Scope>
          legend={t('calendar.scope')}
          appearance="list"
          value={scope}
          onChange={setScope}
          options={[
            { value: 'trip', label: t('calendar.scopes.trip'), description: t('calendar.scopeHints.trip') },
            { value: 'member', label: t('calendar.scopes.member'), description: t('calendar.scopeHints.member') },
            { value: 'all', label: t('calendar.scopes.all'), description: t('calendar.scopeHints.all', { count: members.length }) },
          ]}
        />
        {scope === 'member' ? (
          <Select label={t('calendar.member')} value={memberId} onChange={(event) => setMemberId(event.currentTarget.value)}>
            {members.map((member) => (
              <option key={member.id} value={member.id}>
                {member.name}
              </option>
            ))}
          </Select>
        ) : null}
        <RadioGroup<AppLanguage>
          legend={t('language')}
          value={lang}
          onChange={setLang}
          options={[
            { value: 'sv', label: t('languages.sv') },
            { value: 'en', label: t('languages.en') },
          ]}
        />
      </div>
    </Dialog>
  );
}
