import type { Contact, Organisation } from '../../shared/domain/contact';
import type { EarlierGift, Gift } from '../../shared/domain/gift';
import type { Item, ItemDetails, ItemKind, Location } from '../../shared/domain/item';
import { EMPTY_MEETING, type MeetingDetails } from '../../shared/domain/meeting';
import type { Member } from '../../shared/domain/member';
import type { Trip } from '../../shared/domain/trip';
import type { TripWorkspace } from '../../shared/domain/workspace';
import { runChecks, type CheckKind, type CheckOptions, type CheckResult } from '../../shared/checks';

/**
 * Builds TripWorkspace objects in memory for the check tests. Defaults are complete and clean
 * (phone, passport, visa, locations), so a test states only what its check looks at. Ids are the
 * readable names tests give ("anna", "flight-out").
 */

export const CN = 'Asia/Shanghai';
export const SE = 'Europe/Stockholm';
const STAMP = { createdAt: '2017-01-01T00:00:00.000Z', updatedAt: '2017-01-01T00:00:00.000Z', revision: 1 };

export interface ItemSpec {
  kind?: ItemKind;
  title?: string;
  start: string;
  zone?: string;
  end?: string | null;
  endZone?: string;
  allDay?: boolean;
  /** Attending member ids; omitted = all members. */
  who?: string[];
  city?: string;
  location?: Partial<Location>;
  details?: ItemDetails;
  contactIds?: string[];
  sortOrder?: number;
}

export class WorkspaceBuilder {
  readonly trip: Trip;
  readonly members: Member[] = [];
  readonly items: Item[] = [];
  readonly meetings: MeetingDetails[] = [];
  readonly contacts: Contact[] = [];
  readonly organisations: Organisation[] = [];
  readonly gifts: Gift[] = [];
  readonly earlierGifts: EarlierGift[] = [];

  constructor(trip: Partial<Trip> = {}) {
    this.trip = {
      id: 'trip',
      title: 'Västerås → Jinan (test)',
      direction: 'outgoing',
      purpose: '',
      sendingOrganisation: 'Västerås stad',
      hostingOrganisation: 'Jinan',
      destinations: [
        { city: 'Jinan', nativeName: '济南', country: 'CN', timeZone: CN },
        { city: 'Shenyang', nativeName: '沈阳', country: 'CN', timeZone: CN },
      ],
      startDate: '2017-10-28',
      endDate: '2017-11-05',
      homeTimeZone: SE,
      visitorsTimeZone: null,
      costCoverage: '',
      status: 'draft',
      fundingReference: '',
      notes: '',
      reportResults: '',
      reportLessons: '',
      reportNextSteps: '',
      archivedAt: null,
      ...STAMP,
      ...trip,
    };
  }

  member(id: string, patch: Partial<Member> = {}): string {
    this.members.push({
      id,
      tripId: this.trip.id,
      name: id[0]!.toUpperCase() + id.slice(1),
      nativeName: '',
      title: '',
      organisation: 'Västerås stad',
      party: '',
      role: 'member',
      side: 'visitor',
      email: '',
      phone: '+46 70 000 00 00',
      passportNumber: '',
      passportExpiry: '2030-01-01',
      nationality: 'Svensk',
      sex: null,
      dateOfBirth: null,
      visaStatus: 'granted',
      visaExpiry: null,
      dietaryNeeds: '',
      accessibilityNeeds: '',
      emergencyContact: '',
      notes: '',
      translation: { title: '', organisation: '' },
      precedence: this.members.length + 1,
      ...STAMP,
      ...patch,
    });
    return id;
  }

  /** Several members at once: `membersNamed('a', 'b')`. */
  membersNamed(...ids: string[]): string[] {
    return ids.map((id) => this.member(id));
  }

  item(id: string, spec: ItemSpec): string {
    const zone = spec.zone ?? CN;
    this.items.push({
      id,
      tripId: this.trip.id,
      kind: spec.kind ?? 'meeting',
      title: spec.title ?? id,
      startLocal: spec.start,
      startZone: zone,
      endLocal: spec.end === undefined ? null : spec.end,
      endZone: spec.endZone ?? zone,
      allDay: spec.allDay ?? false,
      location: { venue: 'Venue', address: 'Address 1', addressLocal: '', city: spec.city ?? 'Jinan', ...spec.location },
      description: '',
      details: spec.details ?? {},
      publicNotes: '',
      internalNotes: '',
      allMembers: spec.who === undefined,
      participantIds: spec.who ?? [],
      contactIds: spec.contactIds ?? [],
      state: 'planned',
      outcome: '',
      seating: null,
      translation: { title: '', venue: '', description: '' },
      sortOrder: spec.sortOrder ?? 0,
      ...STAMP,
    });
    return id;
  }

  meeting(itemId: string, patch: Partial<MeetingDetails>): void {
    this.meetings.push({ ...EMPTY_MEETING, itemId, ...STAMP, ...patch });
  }

  organisation(id: string, name: string): string {
    const empty = { nativeName: '', city: '', country: '', address: '', addressLocal: '', phone: '', website: '', notes: '' };
    this.organisations.push({ id, name, ...empty, ...STAMP });
    return id;
  }

  gift(id: string, patch: Partial<Gift> = {}): string {
    this.gifts.push({
      id,
      tripId: this.trip.id,
      direction: 'given',
      date: null,
      itemId: null,
      contactId: null,
      organisationId: null,
      description: id,
      valueOre: null,
      holder: '',
      photoAttachmentId: null,
      notes: '',
      ...STAMP,
      ...patch,
    });
    return id;
  }

  contact(id: string, patch: Partial<Contact> = {}): string {
    this.contacts.push({
      id,
      name: id,
      nativeName: '',
      title: '',
      organisationId: null,
      role: 'host',
      phone: '',
      email: '',
      messaging: '',
      address: '',
      languages: '',
      notes: '',
      ...STAMP,
      ...patch,
    });
    return id;
  }

  build(): TripWorkspace {
    return {
      trip: this.trip,
      members: [...this.members],
      groups: [],
      items: [...this.items],
      meetings: [...this.meetings],
      contacts: [...this.contacts],
      organisations: [...this.organisations],
      gifts: [...this.gifts],
      earlierGifts: [...this.earlierGifts],
      attachments: [],
    };
  }

  run(options?: CheckOptions): CheckResult[] {
    return runChecks(this.build(), options);
  }

  /** Findings of the given kinds only. */
  find(kinds: CheckKind | CheckKind[], options?: CheckOptions): CheckResult[] {
    const wanted = Array.isArray(kinds) ? kinds : [kinds];
    return this.run(options).filter((r) => wanted.includes(r.kind));
  }
}

/**
 * A whole trip with nothing to report: an overnight flight out, a hotel, meetings with an
 * interpreter, the flight home. Tests then break one thing at a time.
 */
export function cleanTrip(): WorkspaceBuilder {
  const b = new WorkspaceBuilder({ startDate: '2017-10-28', endDate: '2017-11-02' });
  b.membersNamed('anna', 'bo', 'cecilia');
  b.item('flight-out', {
    kind: 'flight',
    start: '2017-10-28T13:30',
    zone: SE,
    end: '2017-10-29T08:40',
    endZone: CN,
    location: { venue: '', address: '', city: '' },
    details: { from: 'Stockholm Arlanda (ARN)', to: 'Jinan Yaoqiang (TNA)' },
  });
  b.item('hotel', { kind: 'accommodation', start: '2017-10-29T12:00', end: '2017-11-02T08:00' });
  b.item('meeting', { start: '2017-10-30T09:00', end: '2017-10-30T11:00' });
  b.meeting('meeting', { counterpartLanguage: 'zh', interpreterContactId: 'interpreter' });
  b.contact('interpreter', { role: 'interpreter', languages: 'zh, sv' });
  b.item('flight-home', {
    kind: 'flight',
    start: '2017-11-02T10:00',
    end: '2017-11-02T15:00',
    endZone: SE,
    location: { venue: '', address: '', city: '' },
    details: { from: 'Jinan Yaoqiang (TNA)', to: 'Stockholm Arlanda (ARN)' },
  });
  return b;
}
