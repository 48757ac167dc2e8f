import { z } from 'zod';
import { Id } from './primitives';
import type { Contact } from './contact';
import type { Member } from './member';
import type { PersonalDataKey } from '../privacy/personal-fields';

/** What a retention purge erases (or erased), trip by trip. */
export interface PurgePreview {
  /** The setting; null: retention is off and nothing is erased. */
  retentionMonths: number | null;
  /** Trips that ended before this date (yyyy-MM-dd) are past retention; null when off. */
  endedBefore: string | null;
  trips: PurgeTrip[];
  /** Undo entries (deleted members and trips) past retention that are dropped with it. */
  trashEntries: number;
  lastRun: PrivacyLogEntry | null;
}

export interface PurgeTrip {
  tripId: string;
  title: string;
  endDate: string;
  members: { memberId: string; name: string; fields: PersonalDataKey[] }[];
}

/** One recorded privacy action. Holds counts only: the log itself keeps no personal data. */
export interface PrivacyLogEntry {
  action: 'purge' | 'erase';
  /** Where it was started: at start of the app, from Settings, from the CLI, after an import. */
  trigger: 'start' | 'manual' | 'cli' | 'import';
  ranAt: string;
  trips: number;
  members: number;
  contacts: number;
}

export const PurgeInput = z.object({ trigger: z.enum(['manual', 'cli']).default('manual') });

/** Who a person request is about: a name (folded match), or one member's or contact's id. */
export const PersonQuery = z.union([
  z.object({ name: z.string().trim().min(1, 'Type the person’s name').max(200) }),
  z.object({ id: Id }),
]);
export type PersonQuery = z.input<typeof PersonQuery>;

/** One person's rows: the same name on several trips, and in the address book. */
export interface PersonCandidate {
  name: string;
  nativeName: string;
  /** Ids of the member and contact rows that are this person (give one to pick them). */
  memberIds: string[];
  contactIds: string[];
  trips: string[];
}

export interface PersonMemberRecord extends Member {
  trip: { id: string; title: string; startDate: string; endDate: string };
  groups: string[];
  items: { title: string; startLocal: string }[];
}

export interface PersonContactRecord extends Contact {
  organisationName: string;
  meetings: { tripTitle: string; title: string; startLocal: string; as: 'counterpart' | 'interpreter' | 'contact' }[];
}

/** Everything held about one person (GDPR art. 15): what 'privacy:exportPerson' writes. */
export interface PersonRecord {
  name: string;
  nativeName: string;
  exportedAt: string;
  members: PersonMemberRecord[];
  contacts: PersonContactRecord[];
}

/** The answer to a person request: the person, or the different people the name matches. */
export type PersonLookup = { found: true; person: PersonCandidate } | { found: false; candidates: PersonCandidate[] };

export interface ErasePreview {
  person: PersonCandidate;
  /** Meeting counterparts and item contacts that go with the contact rows. */
  meetingLinks: number;
  trashEntries: number;
}

export const EraseInput = z.object({ person: PersonQuery, confirm: z.boolean().default(false), trigger: z.enum(['manual', 'cli']).default('manual') });

export interface EraseResult extends ErasePreview {
  erased: boolean;
}

/** Whether the open data file is encrypted, and whether this program can encrypt it. */
export interface EncryptionStatus {
  encrypted: boolean;
  /** 'key': the desktop app's keychain key; 'passphrase': typed by the user (browser mode); null: cannot. */
  method: 'key' | 'passphrase' | null;
}

export const EncryptInput = z.object({
  /** Browser mode: the passphrase typed twice in the dialog. The desktop app sends none. */
  passphrase: z.string().min(8, 'At least 8 characters').max(200).optional(),
});
