/**
 * The result of the trip checks: one `CheckResult` per problem, ready for every place that shows
 * them (Checks screen, navigation badge, warnings on cards, briefing PDF, `cli check`).
 */

export type CheckSeverity = 'error' | 'warning' | 'info';

/** Most serious first: the order the Checks screen, the CLI and the briefing use. */
export const SEVERITIES: readonly CheckSeverity[] = ['error', 'warning', 'info'];

export const CHECK_KINDS = [
  /** A member attends two items whose times overlap (instants compared across zones). */
  'overlap',
  /** The passport expires before the member is home again. */
  'passport-expired',
  /** The passport expires within N months (default 6) after the member's return. */
  'passport-expires-soon',
  /** No passport expiry date on file. */
  'passport-unknown',
  /** A visa is needed and was refused. */
  'visa-refused',
  /** A visa is needed and not (yet) granted: required, applied for, or status unknown. */
  'visa-not-granted',
  /** The visa expires before the member's last day of the trip. */
  'visa-expires',
  /** No journey home in the plan yet: the checks count to the trip's last day. */
  'return-journey-missing',
  /** A night of the member's stay with no accommodation and no overnight travel. */
  'night-without-accommodation',
  /** An item starts before the trip's first day or ends after its last day. */
  'item-outside-trip',
  /** An item ends before it starts once each end is placed in its own zone. */
  'item-ends-before-start',
  /** An item's date, time or zone cannot be read (only imported data can do this). */
  'item-time-invalid',
  /** A meeting or visit in a city before the travel that brings the member there has arrived. */
  'meeting-before-arrival',
  /** A meeting or visit starts within the transfer buffer after the member's flight or train lands. */
  'arrival-too-tight',
  /** Two consecutive items of a member in different cities, closer than the travel buffer. */
  'city-change-too-tight',
  /** A meeting or visit with counterparts of another language and no interpreter. */
  'interpreter-missing',
  /** The interpreter check could not run: the visiting delegation's language is unknown. */
  'delegation-language-unknown',
  /** An item with no venue, address or city (travel: no from/to either). */
  'item-without-location',
  /** Accommodation with no address (neither Latin nor local script). */
  'hotel-without-address',
  /** A member without a phone number. */
  'member-without-phone',
  /** A meeting, visit or meal marked "gifts exchanged" with no gift planned to give there. */
  'gift-not-planned',
  /** A gift this trip gives was already given to the same organisation on an earlier trip. */
  'gift-given-before',
] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

/** Text in both languages of the app; the UI, CLI and briefing pick one. */
export interface LocalizedText {
  sv: string;
  en: string;
}

/** The member field a finding asks to fix (the members screen focuses it). */
export type MemberField = 'passportExpiry' | 'visaStatus' | 'visaExpiry' | 'phone' | 'nationality';
/** The item field a finding asks to fix (the item editor focuses it). */
export type ItemField = 'time' | 'location' | 'address' | 'interpreter' | 'participants';

/** Where to go to fix a finding ("click to fix"). */
export type CheckTarget =
  | { screen: 'members'; memberId: string; field: MemberField }
  /** Open an item in the programme, focusing `field` when given. */
  | { screen: 'programme'; itemId: string; field?: ItemField }
  /** A day of the programme where something is missing (add accommodation that night). */
  | { screen: 'programme'; date: string; itemId?: undefined }
  /** A gift in the trip's gift register. */
  | { screen: 'gifts'; giftId: string };

export interface CheckResult {
  /**
   * Stable while the problem lasts: `${kind}:${ids}` from the entities involved (never from
   * positions or text), so the UI can remember a dismissed finding and the briefing can diff.
   */
  id: string;
  kind: CheckKind;
  severity: CheckSeverity;
  message: LocalizedText;
  /** Members the finding is about (empty when it concerns an item or the trip as a whole). */
  memberIds: string[];
  /** Items the finding is about, the one to change first. */
  itemIds: string[];
  target: CheckTarget;
  /**
   * The local date the finding belongs to in the programme (YYYY-MM-DD), or null for
   * member-level findings; the briefing groups by it.
   */
  date: string | null;
}

/** How many findings of each severity: the navigation badge and the CLI's summary line. */
export type SeverityCounts = Record<CheckSeverity, number>;
