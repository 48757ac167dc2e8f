import type { TripBudget } from '../../domain/budget';
import { toDocumentGifts, type DocumentGift } from '../gifts';
import type { FollowUp } from '../../domain/meeting';
import { MEETING_KINDS, type Item, type ItemKind, type ItemState } from '../../domain/item';
import type { DelegationRole, MemberSide } from '../../domain/member';
import type { Trip } from '../../domain/trip';
import type { TripWorkspace } from '../../domain/workspace';
import { toInstant } from '../../time/zoned';

/**
 * How an item was carried out, as the report states it. "changed" is no stored state: an item
 * done with an outcome that says what went differently. Meetings and visits are the exception —
 * their outcome is the meeting's result, reported under the meeting — so they are done or not.
 */
export type CarriedOut = 'done' | 'changed' | 'cancelled' | 'not_recorded';

export function carriedOut(item: Pick<Item, 'kind' | 'state' | 'outcome'>): CarriedOut {
  if (item.state === 'cancelled') return 'cancelled';
  if (item.state === 'planned') return 'not_recorded';
  const isMeeting = (MEETING_KINDS as readonly ItemKind[]).includes(item.kind);
  return !isMeeting && item.outcome.trim() !== '' ? 'changed' : 'done';
}

export interface ReportParticipant {
  name: string;
  nativeName: string;
  title: string;
  organisation: string;
  role: DelegationRole;
  side: MemberSide;
}

export interface ReportProgrammeRow {
  id: string;
  date: string;
  time: string | null;
  kind: ItemKind;
  title: string;
  state: ItemState;
  carriedOut: CarriedOut;
  outcome: string;
}

export interface ReportMeeting {
  id: string;
  date: string;
  title: string;
  host: string;
  counterparts: string[];
  carriedOut: CarriedOut;
  /** The item's outcome, else the meeting's minutes (the outcome is the short version). */
  outcome: string;
  agreements: string[];
}

export interface ReportFollowUp extends FollowUp {
  meetingTitle: string;
}

/** The post-trip report (reseberättelse) as data: every section's content. */
export interface ReportModel {
  trip: Pick<Trip, 'title' | 'purpose' | 'startDate' | 'endDate' | 'destinations' | 'direction' | 'sendingOrganisation' | 'hostingOrganisation' | 'fundingReference' | 'reportResults' | 'reportLessons' | 'reportNextSteps'>;
  participants: ReportParticipant[];
  programme: ReportProgrammeRow[];
  meetings: ReportMeeting[];
  agreements: { meetingTitle: string; date: string; text: string }[];
  followUps: ReportFollowUp[];
  /** The budget's totals when the caller loaded them (the core does for this document); null: not shown. */
  budget: TripBudget | null;
  /** Every gift given and received on the trip, for the register section. */
  gifts: DocumentGift[];
}

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

export function buildReport(workspace: TripWorkspace): ReportModel {
  const { trip } = workspace;
  const items = [...workspace.items].sort((a, b) => toInstant(a.startLocal, a.startZone) - toInstant(b.startLocal, b.startZone) || a.sortOrder - b.sortOrder);
  const meetingByItem = new Map(workspace.meetings.map((m) => [m.itemId, m]));
  const contactById = new Map(workspace.contacts.map((c) => [c.id, c]));
  const organisationById = new Map(workspace.organisations.map((o) => [o.id, o]));

  const meetings: ReportMeeting[] = items
    .filter((i) => (MEETING_KINDS as readonly ItemKind[]).includes(i.kind))
    .map((item) => {
      const m = meetingByItem.get(item.id);
      const host = m ? (m.hostOrganisationId ? organisationById.get(m.hostOrganisationId)?.name ?? '' : '') || m.hostOrganisation : '';
      return {
        id: item.id,
        date: item.startLocal.slice(0, 10),
        title: item.title,
        host,
        counterparts: (m?.counterpartIds ?? []).flatMap((id) => {
          const c = contactById.get(id);
          return c ? [[c.name, c.nativeName].filter(Boolean).join(' ')] : [];
        }),
        carriedOut: carriedOut(item),
        outcome: item.outcome.trim() || (m?.minutes.trim() ?? ''),
        agreements: lines(m?.agreements ?? ''),
      };
    });

  return {
    trip,
    budget: workspace.budget ?? null,
    gifts: toDocumentGifts({ ...workspace, registrationLimitOre: null }),
    participants: [...workspace.members]
      .sort((a, b) => (a.side === b.side ? a.precedence - b.precedence : a.side === 'visitor' ? -1 : 1))
      .map((m) => ({ name: m.name, nativeName: m.nativeName, title: m.title, organisation: m.organisation, role: m.role, side: m.side })),
    programme: items.map((item) => ({
      id: item.id,
      date: item.startLocal.slice(0, 10),
      time: item.allDay ? null : item.startLocal.slice(11, 16),
      kind: item.kind,
      title: item.title,
      state: item.state,
      carriedOut: carriedOut(item),
      outcome: item.outcome.trim(),
    })),
    meetings,
    agreements: meetings.flatMap((m) => m.agreements.map((text) => ({ meetingTitle: m.title, date: m.date, text }))),
    followUps: meetings.flatMap((m) => (meetingByItem.get(m.id)?.followUps ?? []).map((f) => ({ ...f, meetingTitle: m.title }))),
  };
}
