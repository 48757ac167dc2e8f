import type { Contact } from '../domain/contact';
import { TRAVEL_KINDS, type Item, type ItemKind } from '../domain/item';
import type { MeetingDetails } from '../domain/meeting';
import type { Member } from '../domain/member';
import type { Trip } from '../domain/trip';
import type { TripWorkspace } from '../domain/workspace';
import { isHost } from '../presence/host';
import { memberClasses, type ClassifyMembers, type MemberClasses } from '../presence/member-classes';
import { presenceModel, type MemberSpan, type PresenceModel } from '../presence/model';
import { CityIndex } from './cities';
import { itemInstants } from './item-instants';
import type { ResolvedCheckOptions } from './options';

/** An item whose times could be read, placed on the timeline. */
export interface TimedItem {
  item: Item;
  /** Position in CheckContext.timed, for per-item tables the checks keep in arrays. */
  index: number;
  /** Epoch ms of the start (all-day: 00:00 of the first day in startZone). */
  start: number;
  /**
   * Epoch ms of the end (all-day: 00:00 after the last day in endZone). An item without an end
   * lasts the default duration if it is a meeting, visit, meal or event, else it is a point.
   */
  end: number;
  /** The end when only what was typed counts: the start for an item without an end. */
  certainEnd: number;
  /** Whether the end was typed rather than assumed. */
  explicitEnd: boolean;
  /** Local date of the start, in startZone. */
  startDate: string;
  /** Local date of the end in endZone (all-day: the last day; no end: the start date). */
  endDate: string;
}

/** An item whose times cannot be placed: reported once, left out of every other time check. */
export interface BrokenItem {
  item: Item;
  reason: 'invalid' | 'ends-before-start';
}

export type { MemberSpan } from '../presence/model';

/** Members attending exactly the same items, and those items in programme order. */
export interface MemberGroup {
  /** In order of precedence. */
  memberIds: string[];
  items: TimedItem[];
}

/** Kinds that take a default duration when they have no end: they occupy the people attending. */
const DURATION_KINDS: readonly ItemKind[] = ['meeting', 'visit', 'meal', 'event'];

export const isTravel = (item: Item) => TRAVEL_KINDS.includes(item.kind);

/**
 * Everything the checks share, computed once per run: instants of every item, the programme in
 * order, each member's items, the cities the trip knows. Each check then costs about
 * O(items × members attending) rather than comparing every item with every other.
 */
export class CheckContext {
  readonly trip: Trip;
  readonly members: readonly Member[];
  readonly memberById = new Map<string, Member>();
  readonly allMemberIds: readonly string[];
  /** Readable items in programme order: start instant, then sortOrder, then as loaded. */
  readonly timed: TimedItem[] = [];
  readonly broken: BrokenItem[] = [];
  readonly cities: CityIndex;
  readonly meetingByItem = new Map<string, MeetingDetails>();
  readonly contactById = new Map<string, Contact>();

  /** Members who attend exactly the same items (shared/presence member-classes.ts). */
  readonly classes: MemberClasses;
  /** Per TimedItem.index: the rules ask for an item's participants many times per run. */
  private readonly participantLists: (readonly string[] | undefined)[] = [];
  /** Per class: stamps for sharedParticipants (one counter, so no clearing between pairs). */
  private readonly sharedMark: Int32Array;
  private stamp = 0;
  /** Per TimedItem.index: the item's position in workspace.items. */
  private readonly sourceIndex: number[] = [];
  private readonly memberRank = new Map<string, number>();
  /** Per class: the last item (index + 1) it attends; marks without building a Set per item. */
  private readonly classMark: Int32Array;
  private groups: MemberGroup[] | null = null;
  private presenceCache: PresenceModel | null = null;

  constructor(
    readonly workspace: TripWorkspace,
    readonly options: ResolvedCheckOptions,
    classify: ClassifyMembers = memberClasses,
  ) {
    this.trip = workspace.trip;
    this.members = workspace.members;
    for (const m of this.members) this.memberById.set(m.id, m);
    this.allMemberIds = this.members.map((m) => m.id);
    this.allMemberIds.forEach((id, rank) => this.memberRank.has(id) || this.memberRank.set(id, rank));
    this.classes = classify(this.allMemberIds, workspace.items);
    this.classMark = new Int32Array(this.classes.count);
    this.sharedMark = new Int32Array(this.classes.count);
    for (const meeting of workspace.meetings) this.meetingByItem.set(meeting.itemId, meeting);
    for (const contact of workspace.contacts) this.contactById.set(contact.id, contact);
    this.cities = new CityIndex(this.trip, workspace.items);

    const placed: { timed: TimedItem; index: number }[] = [];
    workspace.items.forEach((item, index) => {
      const result = this.place(item);
      if ('reason' in result) this.broken.push(result);
      else placed.push({ timed: result, index });
    });
    placed.sort(
      (a, b) => a.timed.start - b.timed.start || a.timed.item.sortOrder - b.timed.item.sortOrder || a.index - b.index,
    );
    for (const p of placed) {
      p.timed.index = this.timed.length;
      this.timed.push(p.timed);
      this.sourceIndex.push(p.index);
    }
  }

  private place(item: Item): TimedItem | BrokenItem {
    const { start, end } = itemInstants(item);
    if (Number.isNaN(start)) return { item, reason: 'invalid' };
    const startDate = item.startLocal.slice(0, 10);
    if (item.allDay) {
      const endDate = item.endLocal ? item.endLocal.slice(0, 10) : startDate;
      if (end === null || Number.isNaN(end)) return { item, reason: 'invalid' };
      if (endDate < startDate) return { item, reason: 'ends-before-start' };
      return { item, index: -1, start, end, certainEnd: end, explicitEnd: true, startDate, endDate };
    }
    if (end === null) {
      const minutes = DURATION_KINDS.includes(item.kind) ? this.options.defaultDurationMinutes : 0;
      return { item, index: -1, start, end: start + minutes * 60_000, certainEnd: start, explicitEnd: false, startDate, endDate: startDate };
    }
    if (Number.isNaN(end)) return { item, reason: 'invalid' };
    if (end < start) return { item, reason: 'ends-before-start' };
    return { item, index: -1, start, end, certainEnd: end, explicitEnd: true, startDate, endDate: item.endLocal!.slice(0, 10) };
  }

  /** Ids of the members attending, in order of precedence; unknown ids are ignored. */
  participants(t: TimedItem): readonly string[] {
    let ids = this.participantLists[t.index];
    if (!ids) {
      if (t.item.allMembers) ids = this.allMemberIds;
      else {
        const mark = t.index + 1;
        for (const c of this.classes.itemClasses[this.sourceIndex[t.index]!]!) this.classMark[c] = mark;
        ids = this.allMemberIds.filter((_, rank) => this.classMark[this.classes.classOf[rank]!] === mark);
      }
      this.participantLists[t.index] = ids;
    }
    return ids;
  }

  /** The members attending both items, in order of precedence. */
  sharedParticipants(a: TimedItem, b: TimedItem): readonly string[] {
    if (a.item.allMembers) return this.participants(b);
    if (b.item.allMembers) return this.participants(a);
    // Classes attending b, then those of a among them: members are compared class by class.
    const inB = ++this.stamp;
    for (const c of this.classes.itemClasses[this.sourceIndex[b.index]!]!) this.sharedMark[c] = inB;
    const inBoth = ++this.stamp;
    let any = false;
    for (const c of this.classes.itemClasses[this.sourceIndex[a.index]!]!) {
      if (this.sharedMark[c] === inB) {
        this.sharedMark[c] = inBoth;
        any = true;
      }
    }
    return any ? this.allMemberIds.filter((_, rank) => this.sharedMark[this.classes.classOf[rank]!] === inBoth) : [];
  }

  /** A member's readable items in programme order. */
  itemsOf(memberId: string): readonly TimedItem[] {
    const rank = this.memberRank.get(memberId);
    return rank === undefined ? [] : this.memberGroups()[this.classes.classOf[rank]!]!.items;
  }

  /**
   * The members in groups that attend exactly the same items (one group per member class), with
   * those items in programme order: a rule that looks at each member's items alone can look at
   * each group's once and report it for all its members.
   */
  memberGroups(): readonly MemberGroup[] {
    if (!this.groups) {
      const groups = Array.from({ length: this.classes.count }, (): MemberGroup => ({ memberIds: [], items: [] }));
      this.allMemberIds.forEach((id, rank) => groups[this.classes.classOf[rank]!]!.memberIds.push(id));
      for (const t of this.timed) for (const c of this.classes.itemClasses[this.sourceIndex[t.index]!]!) groups[c]!.items.push(t);
      this.groups = groups;
    }
    return this.groups;
  }

  /** Hosts of an incoming trip sleep at home: only the visitors' nights and documents are checked. */
  isHost(member: Member): boolean {
    return isHost(member, this.trip);
  }

  /** Where each member is, day by day: the same model the Overview's presence matrix shows. */
  get presence(): PresenceModel {
    return (this.presenceCache ??= presenceModel(this.workspace, this.cities, this.classes));
  }

  /**
   * The member's own part of the trip (shared/presence model.ts): from the day their journey out
   * leaves, else the trip's first day, to the day their journey home lands, else the trip's last
   * day. A host's span is the whole trip (they are never away).
   */
  span(memberId: string): MemberSpan {
    return this.presence.byMember.get(memberId)?.span ?? { start: this.trip.startDate, end: this.trip.endDate, journeyOut: null, journeyHome: null, homeOnLastDay: false };
  }

  /** Member names in order of precedence. */
  names(memberIds: readonly string[]): string[] {
    return memberIds.map((id) => this.memberById.get(id)?.name ?? id);
  }

  /** Whether these are all the trip's members (messages then say "the whole delegation"). */
  isEveryone(memberIds: readonly string[]): boolean {
    return memberIds.length === this.members.length && this.members.length > 1;
  }

  /** A zone named the way travellers think of it: the destination city in it, else the zone's city. */
  zoneLabel(zone: string): string {
    const destination = this.trip.destinations.find((d) => d.timeZone === zone);
    if (destination) return destination.city;
    return (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
  }
}
