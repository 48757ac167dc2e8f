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

/**
 * A card of the programme: its key and item at once, its model worked out when the card is first
 * rendered. A virtual list renders a screenful of a trip's hundreds of cards; working out every
 * model first was a fifth of the time from the large trip's data arriving to its first frame.
 */
export interface CardEntry {
  key: string;
  item: Item;
  model(): CardModel;
}

/** A card's model once worked out, and its content as text once compared with a rebuild. */
interface BuiltCard {
  model: CardModel;
  signature: string | null;
}

interface CachedCard {
  entry: CardEntry;
  built: BuiltCard | null;
  /**
   * The model this card last rendered with, until this build's is worked out: kept when the
   * content is the same, so the memoised card does not render again.
   */
  prior: BuiltCard | null;
  /**
   * What its model is worked out from: the latest build's, also for a card kept unchanged (its
   * own parts are the same), so a card never holds an older build's maps alive.
   */
  reads: CardContext;
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
  cards: CardEntry[];
}

/**
 * The programme's days and cards for the current filter. After a write only the edited item is a
 * new object, and its card alone is worked out again. After a full reload everything is new,
 * but a rendered card whose content did not change keeps its model (compared as text), so
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
    const cardContext: CardContext = { showHome, home, participants, contactById, organisationById, meetingByItem, attachmentsByItem, byItem, groups };
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
          unchanged.reads = cardContext;
          next.set(row.key, unchanged);
          return unchanged.entry;
        }
        const cached = lazyCard(row, cardContext, unchanged ? (unchanged.built ?? unchanged.prior) : null, { context, findings: findingsKey, sameStart });
        next.set(row.key, cached);
        return cached.entry;
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

/** What a card reads besides its row, for one build of the view. */
interface CardContext {
  showHome: boolean;
  home: string;
  participants: ReturnType<typeof participantsResolver>;
  contactById: ReadonlyMap<string, TripWorkspace['contacts'][number]>;
  organisationById: ReadonlyMap<string, TripWorkspace['organisations'][number]>;
  meetingByItem: ReadonlyMap<string, TripWorkspace['meetings'][number]>;
  attachmentsByItem: ReadonlyMap<string, number>;
  byItem: ReturnType<typeof findingsByItem>;
  groups: ReturnType<typeof sameStartGroups>;
}

type ProgrammeRow = ReturnType<typeof buildProgrammeDays>[number]['rows'][number];

/**
 * A card whose model is worked out on its first render. Made here, outside the view's build, so
 * that its closure holds only the card: one made inside would keep the whole build alive, the
 * previous cache with it, and so every older build of the trip.
 */
function lazyCard(row: ProgrammeRow, c: CardContext, prior: BuiltCard | null, inputs: Pick<CachedCard, 'context' | 'findings' | 'sameStart'>): CachedCard {
  const { item } = row;
  const cached: CachedCard = {
    entry: {
      key: row.key,
      item,
      model: () => {
        if (!cached.built) {
          cached.built = buildCard({ ...deriveCard(row, cached.reads), item }, cached.prior);
          cached.prior = null;
        }
        return cached.built.model;
      },
    },
    built: null,
    prior,
    reads: c,
    item,
    ...inputs,
  };
  return cached;
}

function deriveCard(row: ProgrammeRow, c: CardContext): Omit<CardModel, 'item'> {
  const { item } = row;
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
  if (c.showHome && row.part !== 'all-day') {
    const converted = convertCached(row.local, row.zone, c.home);
    if (converted) {
      homeTime = {
        local: converted,
        dayShift: daysBetween(row.local.slice(0, 10), converted.slice(0, 10)),
        same: converted === row.local,
      };
    }
  }
  const meeting = c.meetingByItem.get(item.id);
  const hostOrganisation = meeting?.hostOrganisationId ? c.organisationById.get(meeting.hostOrganisationId) : undefined;
  const host = hostOrganisation
    ? { name: hostOrganisation.name, nativeName: hostOrganisation.nativeName }
    : meeting?.hostOrganisation
      ? { name: meeting.hostOrganisation, nativeName: '' }
      : null;
  return {
    key: row.key,
    part: row.part,
    local: row.local,
    zone: row.zone,
    offset: offsetLabel(row.local, row.zone),
    end,
    home: homeTime,
    participants: c.participants.summarise(item),
    contacts: item.contactIds.flatMap((id) => {
      const contact = c.contactById.get(id);
      return contact ? [{ id: contact.id, name: contact.name, nativeName: contact.nativeName }] : [];
    }),
    host,
    findings: (c.byItem.get(item.id) ?? []).map((f) => ({ id: f.id, severity: f.severity, message: f.message })),
    nights:
      item.kind === 'accommodation' && item.endLocal
        ? daysBetween(item.startLocal.slice(0, 10), item.endLocal.slice(0, 10))
        : null,
    sameStart: c.groups.get(item.id) ?? null,
    attachments: c.attachmentsByItem.get(item.id) ?? 0,
  };
}

/** A new model, or the previously rendered one when its content is the same. */
function buildCard(model: CardModel, prior: BuiltCard | null): BuiltCard {
  if (!prior) return { model, signature: null };
  const signature = signatureOf(model);
  return (prior.signature ??= signatureOf(prior.model)) === signature ? prior : { model, signature };
}

function sameCards(a: readonly CardEntry[], b: readonly CardEntry[]): boolean {
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
