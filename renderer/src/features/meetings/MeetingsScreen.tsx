import { useCallback, useMemo } from 'react';
import { CalendarDays, Handshake } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from '../../navigation/Link';
import type { Contact } from '../../../../shared/domain/contact';
import { MEETING_KINDS } from '../../../../shared/domain/item';
import { paths } from '../../navigation/routes';
import { EmptyState } from '../../ui/EmptyState';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { useOrganisationIndex } from '../contacts';
import { useTripFindings } from '../checks';
import { useTripWorkspace } from '../../navigation/workspaceContext';
import { openCount } from './formValues';
import { MeetingEditor } from './MeetingEditor';
import { MeetingList, type MeetingEntry } from './MeetingList';
import '../../ui/panel.css';
import './meetings.css';

/**
 * Meetings and visits of the trip, in programme order, beside the selected one's details. The
 * selection is in the address (…/meetings/:itemId), so reloads and links land on it.
 */
export function MeetingsScreen() {
  const { t } = useTranslation('meetings');
  const { workspace, tripId, focusId } = useTripWorkspace();
  const navigate = useNavigate();
  const findings = useTripFindings();
  const addressBook = useOrganisationIndex();

  // The workspace's organisations are always there; the address book's complete list adds new ones.
  const organisations = useMemo(() => {
    const map = new Map(addressBook);
    for (const organisation of workspace.organisations) map.set(organisation.id, organisation);
    return map;
  }, [addressBook, workspace.organisations]);
  const contacts = useMemo(() => new Map<string, Contact>(workspace.contacts.map((c) => [c.id, c])), [workspace.contacts]);

  const entries = useMemo<MeetingEntry[]>(() => {
    const meetingByItem = new Map(workspace.meetings.map((m) => [m.itemId, m]));
    const interpreterMissing = new Set(
      findings.filter((f) => f.kind === 'interpreter-missing').flatMap((f) => f.itemIds),
    );
    return workspace.items
      .filter((item) => MEETING_KINDS.includes(item.kind))
      .map((item) => {
        const meeting = meetingByItem.get(item.id);
        const organisation = meeting?.hostOrganisationId ? organisations.get(meeting.hostOrganisationId) : undefined;
        return {
          item,
          meeting,
          host: organisation?.name ?? meeting?.hostOrganisation ?? '',
          interpreterMissing: interpreterMissing.has(item.id),
        };
      });
  }, [workspace.items, workspace.meetings, findings, organisations]);

  const selected = entries.find((entry) => entry.item.id === focusId) ?? entries[0];
  const select = useCallback((itemId: string) => navigate(paths.trip(tripId, 'meetings', itemId), { replace: true }), [navigate, tripId]);
  const open = useMemo(() => entries.reduce((n, e) => n + openCount(e.meeting?.followUps ?? []), 0), [entries]);

  if (entries.length === 0) {
    return (
      <div className="screen">
        <ScreenHeader title={t('title')} />
        <EmptyState
          icon={Handshake}
          title={t('empty.title')}
          testId="meetings-empty"
          action={
            <Link href={paths.trip(tripId, 'programme')} className="btn btn-primary btn-md">
              <CalendarDays aria-hidden className="btn-icon" />
              {t('empty.action')}
            </Link>
          }
        >
          {t('empty.body')}
        </EmptyState>
      </div>
    );
  }

  return (
    <div className="screen split-screen meetings-screen">
      <ScreenHeader
        title={t('title')}
        description={
          <>
            {t('summary.meetings', { count: entries.length })}
            {' · '}
            {open > 0 ? t('summary.openFollowUps', { count: open }) : t('summary.noOpenFollowUps')}
          </>
        }
      />
      <div className="split">
        <div className="split-list meeting-list-pane">
          <MeetingList entries={entries} selectedId={selected?.item.id ?? null} onSelect={select} />
        </div>
        <div className="split-detail">
          {selected ? (
            <MeetingEditor
              key={selected.item.id}
              item={selected.item}
              meeting={selected.meeting}
              contacts={contacts}
              organisations={organisations}
            />
          ) : null}
        </div>
      </div>
    </div>
  );
}
