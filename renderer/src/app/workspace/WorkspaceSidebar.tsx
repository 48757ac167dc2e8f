import { memo, useState } from 'react';
import type { LucideIcon } from 'lucide-react';
import {
  ArrowLeft,
  BookUser,
  CalendarDays,
  ClipboardCheck,
  FileText,
  Gift,
  Handshake,
  Wallet,
  LayoutDashboard,
  Pencil,
  Users,
} from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../navigation/Link';
import { MEETING_KINDS } from '../../../../shared/domain/item';
import type { Trip } from '../../../../shared/domain/trip';
import { paths, type TripTab } from '../../navigation/routes';
import { useDates } from '../../lib/useDates';
import { Button } from '../../ui/Button';
import { DestinationName } from '../../features/trips/DestinationName';
import { TripBadges } from '../../features/trips/TripBadges';
import { TripEditDialog } from '../../features/trips/TripEditDialog';
import { ChecksNavBadge } from '../../features/checks/ChecksNavBadge';
import { SyncState } from '../../features/sync';
import { useTripWorkspace } from '../../navigation/workspaceContext';
import { preloadTabScreen } from './screens';

interface NavEntry {
  tab: TripTab;
  icon: LucideIcon;
  count?: number;
}

export function WorkspaceSidebar() {
  const { t } = useTranslation();
  const { workspace, tab: currentTab, tripId, complete } = useTripWorkspace();
  return (
    <aside className="workspace-sidebar" aria-label={t('workspace.sidebar')}>
      <Link href={paths.home()} className="workspace-back">
        <ArrowLeft aria-hidden />
        {t('workspace.backToTrips')}
      </Link>
      <SidebarTrip trip={workspace.trip} tripId={tripId} />
      <WorkspaceNav
        tripId={tripId}
        currentTab={currentTab}
        items={workspace.items.length}
        members={workspace.members.length}
        meetings={workspace.items.filter((i) => MEETING_KINDS.includes(i.kind)).length}
        // Not counted until the whole workspace is in (the first screen's part has no contacts or gifts).
        contacts={complete ? workspace.contacts.length : undefined}
        gifts={complete ? workspace.gifts.length : undefined}
      />
    </aside>
  );
}

/**
 * The tabs with their counts. Memoised on the counts: an edit that keeps them (renaming an
 * item, the commonest write) leaves the nav alone.
 */
const WorkspaceNav = memo(function WorkspaceNav({
  tripId,
  currentTab,
  items,
  members,
  meetings,
  contacts,
  gifts,
}: {
  tripId: string;
  currentTab: TripTab;
  items: number;
  members: number;
  meetings: number;
  contacts: number | undefined;
  gifts: number | undefined;
}) {
  const { t } = useTranslation();
  const plan: NavEntry[] = [
    { tab: 'overview', icon: LayoutDashboard },
    { tab: 'programme', icon: CalendarDays, count: items },
    { tab: 'members', icon: Users, count: members },
    { tab: 'meetings', icon: Handshake, count: meetings },
    { tab: 'contacts', icon: BookUser, count: contacts },
    { tab: 'gifts', icon: Gift, count: gifts },
  ];
  const prepare: NavEntry[] = [
    { tab: 'budget', icon: Wallet },
    { tab: 'checks', icon: ClipboardCheck },
    { tab: 'documents', icon: FileText },
  ];

  const renderEntry = ({ tab, icon: Icon, count }: NavEntry) => (
    <li key={tab}>
      <Link
        href={paths.trip(tripId, tab)}
        className="workspace-nav-link"
        aria-current={tab === currentTab ? 'page' : undefined}
        data-tab={tab}
        // The pointer on its way to a tab (or the keyboard on it): its code starts loading now.
        onPointerEnter={() => preloadTabScreen(tab)}
        onFocus={() => preloadTabScreen(tab)}
      >
        <Icon aria-hidden className="workspace-nav-icon" />
        <span className="workspace-nav-label">{t(`nav.tabs.${tab}`)}</span>
        {count !== undefined ? (
          <span className="workspace-nav-count" aria-hidden>
            {count}
          </span>
        ) : null}
        {tab === 'checks' ? <ChecksBadge /> : null}
      </Link>
    </li>
  );

  return (
    <nav aria-label={t('workspace.nav')} className="workspace-nav">
      <p className="workspace-nav-heading" aria-hidden>
        {t('workspace.groups.plan')}
      </p>
      <ul>{plan.map(renderEntry)}</ul>
      <p className="workspace-nav-heading" aria-hidden>
        {t('workspace.groups.prepare')}
      </p>
      <ul>{prepare.map(renderEntry)}</ul>
    </nav>
  );
});

/** The findings badge follows the checks, not the tab: a tab switch leaves it alone. */
const ChecksBadge = memo(ChecksNavBadge);

/**
 * The trip's title, dates, places, badges and sync state, with its Edit button. Apart from the
 * nav because they follow the trip, not the tab: a tab switch leaves them alone.
 */
const SidebarTrip = memo(function SidebarTrip({ trip, tripId }: { trip: Trip; tripId: string }) {
  const { t } = useTranslation();
  const dates = useDates();
  const [editing, setEditing] = useState(false);
  return (
    <>
      <div className="workspace-trip">
        <p className="workspace-trip-title" data-testid="workspace-trip-title">
          {trip.title}
        </p>
        <p className="workspace-trip-dates">
          <time dateTime={trip.startDate}>{dates.range(trip.startDate, trip.endDate)}</time>
        </p>
        {trip.destinations.length > 0 ? (
          <p className="workspace-trip-destinations">
            {trip.destinations.map((destination, index) => (
              <span key={index}>
                {index > 0 ? ' · ' : null}
                <DestinationName destination={destination} />
              </span>
            ))}
          </p>
        ) : null}
        <TripBadges trip={trip} />
        <SyncState tripId={tripId} />
        <Button size="sm" variant="ghost" icon={Pencil} className="workspace-edit" onClick={() => setEditing(true)}>
          {t('workspace.editTrip')}
        </Button>
      </div>
      {editing ? <TripEditDialog trip={trip} onClose={() => setEditing(false)} /> : null}
    </>
  );
});
