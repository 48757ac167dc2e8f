import { useState } from 'react';
import { Pencil } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { MEETING_KINDS } from '../../../../shared/domain/item';
import { dayCount } from '../../lib/dates';
import { timeZoneLabel } from '../../lib/timezones';
import { useDates } from '../../lib/useDates';
import { Button } from '../../ui/Button';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { DestinationName } from '../trips/DestinationName';
import { TripEditDialog } from '../trips/TripEditDialog';
import { useTripWorkspace } from '../workspace';
import './overview.css';

/**
 * Placeholder of the Overview (issue 3 builds the real one: head of delegation, presence
 * matrix…). Shows the trip's facts so the workspace is useful from the first day.
 */
export function OverviewScreen() {
  const { t } = useTranslation('overview');
  const dates = useDates();
  const { workspace } = useTripWorkspace();
  const { trip } = workspace;
  const [editing, setEditing] = useState(false);
  const meetings = workspace.items.filter((item) => MEETING_KINDS.includes(item.kind)).length;

  const stats = [
    { label: t('stats.days'), value: dayCount(trip.startDate, trip.endDate) },
    { label: t('stats.members'), value: workspace.members.length },
    { label: t('stats.items'), value: workspace.items.length },
    { label: t('stats.meetings'), value: meetings },
  ];

  return (
    <div className="screen">
      <ScreenHeader
        title={t('title')}
        actions={
          <Button icon={Pencil} onClick={() => setEditing(true)}>
            {t('edit')}
          </Button>
        }
      />
      <dl className="stat-grid">
        {stats.map((stat) => (
          <div key={stat.label} className="stat-card">
            <dt>{stat.label}</dt>
            <dd className="numeric">{stat.value}</dd>
          </div>
        ))}
      </dl>
      <section className="card" aria-labelledby="overview-facts">
        <h2 id="overview-facts" className="card-title">
          {t('facts.heading')}
        </h2>
        <dl className="facts">
          <dt>{t('facts.dates')}</dt>
          <dd>{dates.longDate(trip.startDate)} – {dates.longDate(trip.endDate)}</dd>
          <dt>{t('facts.destinations')}</dt>
          <dd>
            {trip.destinations.length === 0
              ? t('facts.none')
              : trip.destinations.map((destination, index) => (
                  <span key={index} className="fact-destination">
                    <DestinationName destination={destination} />
                    <span className="secondary"> · {timeZoneLabel(destination.timeZone, trip.startDate)}</span>
                  </span>
                ))}
          </dd>
          <dt>{t('facts.homeTimeZone')}</dt>
          <dd>{timeZoneLabel(trip.homeTimeZone, trip.startDate)}</dd>
          <dt>{t('facts.organisations')}</dt>
          <dd>{[trip.sendingOrganisation, trip.hostingOrganisation].filter(Boolean).join(' → ') || t('facts.none')}</dd>
          <dt>{t('facts.purpose')}</dt>
          <dd className="pre-line">{trip.purpose || t('facts.none')}</dd>
          <dt>{t('facts.funding')}</dt>
          <dd>{trip.fundingReference || t('facts.none')}</dd>
        </dl>
      </section>
      {editing ? <TripEditDialog trip={trip} onClose={() => setEditing(false)} /> : null}
    </div>
  );
}
