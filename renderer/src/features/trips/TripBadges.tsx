import { Archive, PlaneLanding, PlaneTakeoff } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Trip, TripStatus } from '../../../../shared/domain/trip';
import { Badge, type BadgeTone } from '../../ui/Badge';

const STATUS_TONES: Record<TripStatus, BadgeTone> = {
  draft: 'outline',
  confirmed: 'success',
  completed: 'neutral',
  cancelled: 'danger',
};

export function DirectionBadge({ direction }: { direction: Trip['direction'] }) {
  const { t } = useTranslation('trips');
  return (
    <Badge tone="accent" icon={direction === 'outgoing' ? PlaneTakeoff : PlaneLanding}>
      {t(`direction.${direction}`)}
    </Badge>
  );
}

export function StatusBadge({ status }: { status: TripStatus }) {
  const { t } = useTranslation('trips');
  return <Badge tone={STATUS_TONES[status]}>{t(`status.${status}`)}</Badge>;
}

export function ArchivedBadge() {
  const { t } = useTranslation('trips');
  return (
    <Badge tone="neutral" icon={Archive}>
      {t('archived')}
    </Badge>
  );
}

/** Direction, status and (when archived) the archived mark, in one row. */
export function TripBadges({ trip }: { trip: Pick<Trip, 'direction' | 'status' | 'archivedAt'> }) {
  return (
    <div className="badge-row">
      <DirectionBadge direction={trip.direction} />
      <StatusBadge status={trip.status} />
      {trip.archivedAt ? <ArchivedBadge /> : null}
    </div>
  );
}
