import { CloudOff, RefreshCw, Share2, TriangleAlert, Check } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { useMarkAllSeen } from './changes';
import { Colleagues } from './Colleagues';
import { useTripSyncStatus } from './queries';
import { ShareWithTeamDialog } from './ShareWithTeamDialog';

/** In the trip header: the trip's team-sync state, or "Share with team…" for a trip not shared yet. */
export function SyncState({ tripId }: { tripId: string }) {
  const { t } = useTranslation('sync');
  const status = useTripSyncStatus(tripId).data;
  const [sharing, setSharing] = useState(false);
  const markAllSeen = useMarkAllSeen();
  if (!status) return null;
  if (!status.shared) {
    return (
      <>
        <Button size="sm" variant="ghost" icon={Share2} onClick={() => setSharing(true)} className="sync-share" data-testid="share-with-team">
          {t('share.open')}
        </Button>
        {sharing ? <ShareWithTeamDialog tripId={tripId} onClose={() => setSharing(false)} /> : null}
      </>
    );
  }
  const label =
    status.state === 'synced'
      ? t('state.synced')
      : status.state === 'syncing'
        ? t('state.syncing')
        : status.state === 'offline'
          ? t('state.offline', { count: status.pending })
          : status.state === 'error'
            ? t('state.error', { reason: status.reason ?? '' })
            : t('state.notRunning', { count: status.pending });
  const tone = status.state === 'synced' ? 'success' : status.state === 'error' ? 'danger' : status.state === 'syncing' ? 'accent' : 'warning';
  const icon = status.state === 'synced' ? Check : status.state === 'syncing' ? RefreshCw : status.state === 'error' ? TriangleAlert : CloudOff;
  return (
    <>
      <p className="sync-state" data-testid="sync-state" data-state={status.state} role="status">
        <Badge tone={tone} icon={icon} title={label}>
          {label}
        </Badge>
      </p>
      <Colleagues colleagues={status.colleagues} />
      {status.unseen > 0 ? (
        <p className="sync-unseen" data-testid="sync-unseen">
          <span>{t('changes.unseen', { count: status.unseen })}</span>
          {markAllSeen ? (
            <Button size="sm" variant="ghost" onClick={markAllSeen} data-testid="mark-all-seen">
              {t('changes.markAllSeen')}
            </Button>
          ) : null}
        </p>
      ) : null}
    </>
  );
}
