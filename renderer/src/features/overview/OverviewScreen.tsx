import { useMemo, useState, type ReactNode } from 'react';
import { Pencil } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../navigation/Link';
import { MEETING_KINDS } from '../../../../shared/domain/item';
import type { TripWorkspace } from '../../../../shared/domain/workspace';
import { paths } from '../../navigation/routes';
import { dayCount } from '../../lib/dates';
import { timeZoneLabel } from '../../lib/timezones';
import { useDates } from '../../lib/useDates';
import { Button } from '../../ui/Button';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { useFindingSummary } from '../checks';
import { DestinationName, DirectionBadge, StatusBadge, TripEditDialog } from '../trips';
import { useTripWorkspace } from '../../navigation/workspaceContext';
import { PresenceMatrix } from './PresenceMatrix';
import { TripNotes } from './TripNotes';
import { AttachmentsPanel } from '../attachments';
import './overview.css';

/**
 * The trip at a glance: its numbers, the presence matrix (who is where on each day), what the
 * trip is for and who leads it, and the organisers' notes (autosaved). "Edit details" opens the
 * trip's own autosaving form (the same one as the sidebar and the trips list).
 */
export function OverviewScreen() {
  const { t } = useTranslation('overview');
  const { workspace, tripId } = useTripWorkspace();
  const { trip } = workspace;
  const [editing, setEditing] = useState(false);

  return (
    <div className="screen overview-screen">
      <ScreenHeader
        title={t('title')}
        actions={
          <Button icon={Pencil} onClick={() => setEditing(true)}>
            {t('edit')}
          </Button>
        }
      />
      <Stats workspace={workspace} tripId={tripId} />
      <PresenceMatrix workspace={workspace} tripId={tripId} />
      <div className="overview-columns">
        <TripFacts workspace={workspace} tripId={tripId} />
        <TripNotes trip={trip} />
      </div>
      <section className="card overview-attachments">
        <AttachmentsPanel owner={{ tripId }} attachments={workspace.attachments.filter((a) => !a.memberId && !a.itemId)} />
      </section>
      {editing ? <TripEditDialog trip={trip} onClose={() => setEditing(false)} /> : null}
    </div>
  );
}

function Stats({ workspace, tripId }: { workspace: TripWorkspace; tripId: string }) {
  const { t } = useTranslation('overview');
  const dates = useDates();
  const { trip } = workspace;
  const { counts } = useFindingSummary();
  const { meetings, followUps, openFollowUps } = useMemo(() => {
    const all = workspace.meetings.flatMap((m) => m.followUps);
    return {
      meetings: workspace.items.filter((item) => MEETING_KINDS.includes(item.kind)).length,
      followUps: all.length,
      openFollowUps: all.filter((f) => !f.done).length,
    };
  }, [workspace.items, workspace.meetings]);

  const checksTone = counts.error > 0 ? 'error' : counts.warning > 0 ? 'warning' : 'clear';
  const checksValue =
    counts.error > 0
      ? t('stats.checksErrors', { count: counts.error })
      : counts.warning > 0
        ? t('stats.checksWarnings', { count: counts.warning })
        : t('stats.checksClear');

  return (
    <ul className="overview-stats" aria-label={t('stats.label')}>
      <Stat label={t('stats.days')} value={dayCount(trip.startDate, trip.endDate)} sub={dates.range(trip.startDate, trip.endDate)} />
      <Stat label={t('stats.members')} value={workspace.members.length} href={paths.trip(tripId, 'members')} />
      <Stat label={t('stats.items')} value={workspace.items.length} href={paths.trip(tripId, 'programme')} />
      <Stat label={t('stats.meetings')} value={meetings} href={paths.trip(tripId, 'meetings')} />
      <Stat
        label={t('stats.followUps')}
        value={openFollowUps}
        sub={followUps > 0 ? t('stats.followUpsOf', { count: followUps }) : undefined}
        href={paths.trip(tripId, 'meetings')}
      />
      <Stat
        label={t('stats.checks')}
        value={checksValue}
        sub={counts.error > 0 && counts.warning > 0 ? `+ ${t('stats.checksWarnings', { count: counts.warning })}` : undefined}
        href={paths.trip(tripId, 'checks')}
        className={`stat-checks-${checksTone}`}
        testId="stat-checks"
      />
    </ul>
  );
}

function Stat({
  label,
  value,
  sub,
  href,
  className,
  testId,
}: {
  label: string;
  value: ReactNode;
  sub?: string;
  href?: string;
  className?: string;
  testId?: string;
}) {
  // Value first in the markup so the link reads "9 Members"; CSS puts the label on top.
  const content = (
    <>
      <span className="stat-value">{value}</span>
      <span className="stat-label">{label}</span>
      {sub ? <span className="stat-sub">{sub}</span> : null}
    </>
  );
  const classes = ['stat-card', className].filter(Boolean).join(' ');
  return (
    <li data-testid={testId}>
      {href ? (
        <Link href={href} className={classes}>
          {content}
        </Link>
      ) : (
        <div className={classes}>{content}</div>
      )}
    </li>
  );
}

function TripFacts({ workspace, tripId }: { workspace: TripWorkspace; tripId: string }) {
  const { t } = useTranslation(['overview', 'members']);
  const dates = useDates();
  const { trip } = workspace;
  const head = workspace.members.find((m) => m.role === 'head');
  const days = dayCount(trip.startDate, trip.endDate);
  const sameYear = trip.startDate.slice(0, 4) === trip.endDate.slice(0, 4);

  return (
    <section className="card overview-facts" aria-labelledby="overview-facts">
      <h2 id="overview-facts" className="card-title">
        {t('facts.heading')}
      </h2>
      <h3 className="visually-hidden">{t('facts.purpose')}</h3>
      <p className={trip.purpose ? 'overview-purpose' : 'overview-purpose overview-purpose-empty'} data-testid="overview-purpose">
        {trip.purpose || t('facts.noPurpose')}
      </p>
      <dl className="facts">
        <dt>{t('facts.dates')}</dt>
        <dd>
          {sameYear ? (
            <>
              <time dateTime={trip.startDate}>{dates.weekdayDate(trip.startDate)}</time> –{' '}
              <time dateTime={trip.endDate}>{dates.weekdayDate(trip.endDate)}</time> {trip.endDate.slice(0, 4)}
            </>
          ) : (
            <time dateTime={trip.startDate}>{dates.range(trip.startDate, trip.endDate)}</time>
          )}
          <span className="fact-secondary"> · {t('facts.dayCount', { count: days })}</span>
        </dd>
        <dt>{t('facts.destinations')}</dt>
        <dd>
          {trip.destinations.length === 0 ? (
            <span className="fact-missing">{t('facts.none')}</span>
          ) : (
            <ul className="fact-destinations">
              {trip.destinations.map((destination, index) => (
                <li key={index}>
                  <DestinationName destination={destination} />
                  <span className="fact-zone"> · {timeZoneLabel(destination.timeZone, trip.startDate)}</span>
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('facts.sendingOrganisation')}</dt>
        <dd>{trip.sendingOrganisation || <span className="fact-missing">{t('facts.none')}</span>}</dd>
        <dt>{t('facts.hostingOrganisation')}</dt>
        <dd>{trip.hostingOrganisation || <span className="fact-missing">{t('facts.none')}</span>}</dd>
        <dt>{t('facts.head')}</dt>
        <dd data-testid="overview-head">
          {head ? (
            <>
              <Link href={paths.trip(tripId, 'members', head.id)}>{head.name}</Link>
              {head.party ? <span className="fact-secondary"> ({head.party})</span> : null}
              {head.title ? <span className="fact-secondary"> · {head.title}</span> : null}
            </>
          ) : (
            <span className="fact-missing">{t('facts.noHead')}</span>
          )}
        </dd>
        <dt>{t('facts.status')}</dt>
        <dd className="badge-row">
          <StatusBadge status={trip.status} />
          <DirectionBadge direction={trip.direction} />
        </dd>
        <dt>{t('facts.funding')}</dt>
        <dd>{trip.fundingReference || <span className="fact-missing">{t('facts.none')}</span>}</dd>
        <dt>{t('facts.homeTimeZone')}</dt>
        <dd>{timeZoneLabel(trip.homeTimeZone, trip.startDate)}</dd>
      </dl>
    </section>
  );
}
