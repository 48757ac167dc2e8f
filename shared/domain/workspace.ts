import type { Trip } from './trip';
import type { Member, MemberGroup } from './member';
import type { Item } from './item';
import type { MeetingDetails } from './meeting';
import type { Contact, Organisation } from './contact';
import type { TripBudget } from './budget';
import type { EarlierGift, Gift } from './gift';
import type { AttachmentInfo } from './attachment';

/** A trip with everything its workspace and documents need, loaded in one call. */
export interface TripWorkspace {
  trip: Trip;
  /** In order of precedence. */
  members: Member[];
  groups: MemberGroup[];
  /** In programme order (start instant, then sortOrder). */
  items: Item[];
  /** Details of the trip's meeting and visit items. */
  meetings: MeetingDetails[];
  /** Contacts referenced by items or meetings. */
  contacts: Contact[];
  /** Organisations of those contacts, meeting hosts and gift recipients/givers. */
  organisations: Organisation[];
  /**
   * The budget, where a document shows it (the briefing): loaded on request only, so the
   * workspace every screen loads does not pay for the per-diem computation.
   */
  budget?: TripBudget;
  /** Gifts given and received on this trip, in date order. */
  gifts: Gift[];
  /** Gifts given on earlier trips to the organisations this trip gives to (the "already given" check). */
  earlierGifts: EarlierGift[];
  /** The trip's attachments: names and sizes only — never the bytes (those load one at a time). */
  attachments: AttachmentInfo[];
  /**
   * True in the answer to `trips:workspace` with `firstScreen`: only the trip, members, groups and
   * items are filled in, every other list is empty until the whole workspace arrives.
   */
  firstScreenOnly?: true;
}

/**
 * The part of a workspace that says who goes where and when: all that the presence model and
 * the per diem read, so the core can answer them without loading meetings, contacts and gifts.
 */
export type TripProgramme = Pick<TripWorkspace, 'trip' | 'members' | 'items'>;
