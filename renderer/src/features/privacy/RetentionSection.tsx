import { ShieldCheck } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PurgePreview } from '../../../../shared/domain/privacy';
import { RETENTION_CHOICES } from '../../../../shared/privacy/personal-fields';
import { useApi } from '../../api/context';
import { callSafely, runMutation } from '../../api/mutation';
import { useSettings } from '../../state/settings';
import { toast } from '../../state/toasts';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Select } from '../../ui/fields';
import './privacy.css';

/** What a purge may change: members (and everything that shows them), undo and search. */
const PURGE_WRITES = ['members:', 'trips:', 'search:', 'privacy:', 'documents:', 'checks:'];

/**
 * Settings → Personal data: how long members' personal data is kept after a trip ends, and
 * "Review and erase now": the purge's preview (per trip, which members, which fields), then
 * erase on confirmation. The same purge runs when the app starts.
 */
export function RetentionSection() {
  const { t } = useTranslation('privacy');
  const call = useApi();
  const retentionMonths = useSettings((s) => s.retentionMonths);
  const save = useSettings((s) => s.save);
  const [preview, setPreview] = useState<PurgePreview | null>(null);
  const [busy, setBusy] = useState(false);
  const choices: readonly number[] = retentionMonths !== null && !RETENTION_CHOICES.includes(retentionMonths as never)
    ? [...RETENTION_CHOICES, retentionMonths].sort((a, b) => a - b)
    : RETENTION_CHOICES;

  const review = async () => {
    setBusy(true);
    try {
      const result = await callSafely(call, 'privacy:purgePreview', {});
      if (result.ok) setPreview(result.value);
      else toast.show({ message: result.error.message, tone: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const erase = async () => {
    const result = await runMutation(call, 'privacy:purge', { trigger: 'manual' }, PURGE_WRITES);
    if (!result.ok) {
      toast.show({ message: result.error.message, tone: 'error' });
      return;
    }
    const count = result.value.trips.reduce((n, trip) => n + trip.members.length, 0);
    toast.show({ message: t('retention.erased', { count }), tone: 'success' });
    setPreview(null);
  };

  return (
    <section className="settings-section" aria-labelledby="settings-privacy">
      <h3 id="settings-privacy">{t('retention.heading')}</h3>
      <p className="secondary settings-section-intro">{t('retention.intro')}</p>
      <Select
        label={t('retention.label')}
        value={retentionMonths === null ? '' : String(retentionMonths)}
        onChange={(event) => {
          const value = event.currentTarget.value;
          void save({ retentionMonths: value === '' ? null : Number(value) });
        }}
      >
        <option value="">{t('retention.keep')}</option>
        {choices.map((months) => (
          <option key={months} value={String(months)}>
            {t('retention.months', { count: months })}
          </option>
        ))}
      </Select>
      <div>
        <Button icon={ShieldCheck} busy={busy} disabled={retentionMonths === null} onClick={() => void review()}>
          {t('retention.review')}
        </Button>
      </div>
      {preview ? <PurgePreviewDialog preview={preview} onErase={erase} onClose={() => setPreview(null)} /> : null}
    </section>
  );
}

function PurgePreviewDialog({ preview, onErase, onClose }: { preview: PurgePreview; onErase: () => Promise<void>; onClose: () => void }) {
  const { t } = useTranslation(['privacy', 'common']);
  const [busy, setBusy] = useState(false);
  const empty = preview.trips.length === 0 && preview.trashEntries === 0;
  const last = preview.lastRun;
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('retention.previewTitle')}
      size="md"
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button
            variant="danger"
            busy={busy}
            disabled={empty}
            onClick={async () => {
              setBusy(true);
              try {
                await onErase();
              } finally {
                setBusy(false);
              }
            }}
          >
            {t('retention.erase')}
          </Button>
        </>
      }
    >
      <div className="purge-preview" data-testid="purge-preview">
        {empty ? <p>{t('retention.nothing')}</p> : <p>{t('retention.previewIntro', { date: preview.endedBefore })}</p>}
        {preview.trips.map((trip) => (
          <section key={trip.tripId}>
            <h4>
              {trip.title} <span className="secondary">({trip.endDate})</span>
            </h4>
            <ul>
              {trip.members.map((member) => (
                <li key={member.memberId}>
                  <strong>{member.name}</strong>: {member.fields.map((field) => t(`fields.${field}` as 'fields.passportNumber', field)).join(', ')}
                </li>
              ))}
            </ul>
          </section>
        ))}
        {preview.trashEntries > 0 ? <p>{t('retention.trash', { count: preview.trashEntries })}</p> : null}
        <p className="secondary">
          {last ? t('retention.lastRun', { date: last.ranAt.slice(0, 10), members: last.members }) : t('retention.neverRun')}{' '}
          {t('retention.backupsNote')}
        </p>
      </div>
    </Dialog>
  );
}
