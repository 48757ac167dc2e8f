import { useMemo, useRef } from 'react';
import type { EntryPart } from '../../../../shared/documents/entries';
import { findingsByItem, type CheckResult, type CheckSeverity, type LocalizedText } from '../../../../shared/checks';
import type { Item } from '../../../../shared/domain/item';
import type { TripWorkspace } from '../../../../shared/domain/workspace';
import { daysBetween } from '../../../../shared/time/zoned';
import { secondClockZone } from '../../../../shared/domain/trip';
import {
  buildProgrammeDays,
  convertCached,
  offsetLabel,
  participantsResolver,
  sameStartGroups,
  type NightStay,
  type ParticipantsSummary,
} from './model';

/** Everything one card shows, already resolved (names, offsets, findings): cards do no lookups. */
export interface CardModel {
  key: string;
  item: Item;
  part: EntryPart;
  /** Wall-clock time of this row, its zone and 'UTC+8'. */
  local: string;
  zone: string;
  offset: string;
  /** The other end of the item (arrival, check-out, end), when it has one. */
  end: { local: string; zone: string; offset: string; dayShift: number } | null;
  /** The same moment at home when the home-time column is on. */
  home: { local: string; dayShift: number; same: boolean } | null;
  participants: ParticipantsSummary;
  contacts: { id: string; name: string; nativeName: string }[];
  host: { name: string; nativeName: string } | null;
  findings: { id: string; severity: CheckSeverity; message: LocalizedText }[];
  /** Nights of a hotel stay. */
  nights: number | null;
  /** Ids of the items starting at the same moment (in order) when there is more than one. */
  sameStart: string[] | null;
  /** How many files are attached to the item (the paperclip). */
  attachments: number;
}

interface CachedCard {
  /**
   * The card's content as text: a card whose content did not change keeps its model object.
   * Worked out only when a card is compared with its previous build (a reload), not on the first.
   */
  signature: string | null;
  model: CardModel;
  /** What it was built from. */
  item: Item;
  context: readonly unknown[];
  findings: string;
  sameStart: string;
}

export interface DayModel {
  date: string;
  dayNumber: number | null;
  nights: NightStay[];
  cards: CardModel[];
}

/**
 * The programme's days and card models for the current filter. After a write only the edited
 * item is a new object, and its card alone is worked out again. After a full reload everything
 * is new, but card models whose content did not change are still reused (compared as text), so
 * memoised cards skip rendering and only the changed cards re-render.
 */
export function useProgrammeView(
  workspace: TripWorkspace,
  memberId: string | null,
  showHome: boolean,
  findings: readonly CheckResult[],
): DayModel[] {
  const cache = useRef(new Map<string, CachedCard>());
  const lastContext = useRef<readonly unknown[]>([]);
  // Kept while members and groups are the same objects (a write to an item keeps them).
  const participants = useMemo(() => participantsResolver(workspace.members, workspace.groups), [workspace.members, workspace.groups]);
  // Each kept while its list is the same object (a write to an item keeps them): on a large trip
  // rebuilding them took most of what an edit's update spent here.
  const contactById = useMemo(() => new Map(workspace.contacts.map((c) => [c.id, c])), [workspace.contacts]);
  const organisationById = useMemo(() => new Map(workspace.organisations.map((o) => [o.id, o])), [workspace.organisations]);
  const meetingByItem = useMemo(() => new Map(workspace.meetings.map((m) => [m.itemId, m])), [workspace.meetings]);
  const attachmentsByItem = useMemo(() => {
    const counts = new Map<string, number>();
    for (const a of workspace.attachments) if (a.itemId) counts.set(a.itemId, (counts.get(a.itemId) ?? 0) + 1);
    return counts;
  }, [workspace.attachments]);
  const byItem = useMemo(() => findingsByItem(findings), [findings]);
  const dayCache = useRef(new Map<string, DayModel>());

  return useMemo(() => {
    const { trip, items } = workspace;
    const home = secondClockZone(trip) ?? trip.homeTimeZone;
    // Everything a card reads besides its item and its findings. A write patches the workspace,
    // so after an edit these are the same objects and so is every item but the edited one: those
    // cards are taken as they were, without working anything out again.
    const contextParts = [participants, workspace.contacts, workspace.organisations, workspace.meetings, workspace.attachments, showHome, home];
    const context = contextParts.every((part, i) => part === lastContext.current[i]) ? lastContext.current : contextParts;
    lastContext.current = context;
    const groups = sameStartGroups(items);
    const previous = cache.current;
    const next = new Map<string, CachedCard>();
    const previousDays = dayCache.current;
    const nextDays = new Map<string, DayModel>();

    const days = buildProgrammeDays(items, trip, memberId).map((day): DayModel => {
      const cards = day.rows.map((row) => {
        const { item } = row;
        const itemFindings = byItem.get(item.id);
        const findingsKey = itemFindings ? JSON.stringify(itemFindings.map((f) => [f.id, f.severity, f.message])) : '';
        const sameStart = groups.get(item.id)?.join(',') ?? '';
        const unchanged = previous.get(row.key);
        if (unchanged && unchanged.item === item && unchanged.context === context && unchanged.findings === findingsKey && unchanged.sameStart === sameStart) {
          next.set(row.key, unchanged);
          return unchanged.model;
        }
        const endLocal = row.part === 'check-out' ? item.startLocal : item.endLocal;
        const endZone = row.part === 'check-out' ? item.startZone : item.endZone;
        const end =
          endLocal && row.part !== 'all-day'
            ? {
                local: endLocal,
                zone: endZone,
                offset: offsetLabel(endLocal, endZone),
                dayShift: daysBetween(row.local.slice(0, 10), endLocal.slice(0, 10)),
              }
            : null;
        let homeTime: CardModel['home'] = null;
        if (showHome && row.part !== 'all-day') {
          const converted = convertCached(row.local, row.zone, home);
          if (converted) {
            homeTime = {
              local: converted,
              dayShift: daysBetween(row.local.slice(0, 10), converted.slice(0, 10)),
              same: converted === row.local,
            };
          }
        }
        const meeting = meetingByItem.get(item.id);
        const hostOrganisation = meeting?.hostOrganisationId ? organisationById.get(meeting.hostOrganisationId) : undefined;
        const host = hostOrganisation
          ? { name: hostOrganisation.name, nativeName: hostOrganisation.nativeName }
          : meeting?.hostOrganisation
            ? { name: meeting.hostOrganisation, nativeName: '' }
            : null;
        const derived = {
          key: row.key,
          part: row.part,
          local: row.local,
          zone: row.zone,
          offset: offsetLabel(row.local, row.zone),
          end,
          home: homeTime,
          participants: participants.summarise(item),
          contacts: item.contactIds.flatMap((id) => {
            const c = contactById.get(id);
            return c ? [{ id: c.id, name: c.name, nativeName: c.nativeName }] : [];
          }),
          host,
          findings: (byItem.get(item.id) ?? []).map((f) => ({ id: f.id, severity: f.severity, message: f.message })),
          nights:
            item.kind === 'accommodation' && item.endLocal
              ? daysBetween(item.startLocal.slice(0, 10), item.endLocal.slice(0, 10))
              : null,
          sameStart: groups.get(item.id) ?? null,
          attachments: attachmentsByItem.get(item.id) ?? 0,
        };
        const known = previous.get(row.key);
        let signature: string | null = null;
        let model: CardModel = { ...derived, item };
        if (known) {
          signature = signatureOf(model);
          if ((known.signature ??= signatureOf(known.model)) === signature) model = known.model;
        }
        next.set(row.key, { signature, model, item, context, findings: findingsKey, sameStart });
        return model;
      });
      // A day whose cards and header did not change stays the same object, so its header (a
      // memoised component) is left alone when an edit re-renders the list.
      const kept = previousDays.get(day.date);
      const nights = kept && sameNights(kept.nights, day.nights) ? kept.nights : day.nights;
      const model: DayModel =
        kept && kept.dayNumber === day.dayNumber && kept.nights === nights && sameCards(kept.cards, cards)
          ? kept
          : { date: day.date, dayNumber: day.dayNumber, nights, cards };
      nextDays.set(day.date, model);
      return model;
    });
    cache.current = next;
    dayCache.current = nextDays;
    return days;
  }, [workspace, participants, memberId, showHome, byItem, contactById, organisationById, meetingByItem, attachmentsByItem]);
}

function sameCards(a: readonly CardModel[], b: readonly CardModel[]): boolean {
  return a.length === b.length && a.every((card, i) => card === b[i]);
}

function sameNights(a: readonly NightStay[], b: readonly NightStay[]): boolean {
  return (
    a.length === b.length &&
    a.every((night, i) => {
      const other = b[i]!;
      return night.itemId === other.itemId && night.title === other.title && night.night === other.night && night.of === other.of;
    })
  );
}

function signatureOf({ item, ...derived }: CardModel): string {
  return `${item.id}:${item.revision}:${item.updatedAt}|${JSON.stringify(derived)}`;
}
