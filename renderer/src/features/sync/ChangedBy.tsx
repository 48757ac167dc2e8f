import { useTranslation } from 'react-i18next';
import type { RowChange } from '../../../../shared/sync/presence';
import { useDates } from '../../lib/useDates';
import { useDetailsOpen, useRowChange } from './changes';

/** In an item's or member's details: "Changed by Anna, 3 Dec 2026 19:40" ("by you" for this planner's own edits). */
export function ChangedBy({ id }: { id: string }) {
  const { t } = useTranslation('sync');
  const dates = useDates();
  const change = useDetailsOpen(id);
  if (!change) return null;
  const time = dates.timestamp(change.changedAt);
  return (
    <p className="changed-by" data-testid="changed-by">
      {change.byMe ? t('changes.byYou', { time }) : t('changes.by', { name: nameOf(change, t('presence.someone')), time })}
    </p>
  );
}

/** On a programme card or member row: "Changed by Anna" until the planner opens it. */
export function ChangedMark({ id }: { id: string }) {
  const { t } = useTranslation('sync');
  const change = useRowChange(id);
  if (!change?.unseen) return null;
  return (
    <span className="changed-mark" data-testid="changed-mark">
      {t('changes.mark', { name: nameOf(change, t('presence.someone')) })}
    </span>
  );
}

const nameOf = (change: RowChange, someone: string) => change.changedBy || someone;
