import type { Member } from '../domain/member';

/**
 * The personal member data that retention (Settings → Personal data) erases once a trip has
 * ended long enough ago. Kept: the programme, names (also in the member's own script), title,
 * organisation, party, role, side, work e-mail and phone (how the organisation reached the
 * official; needed to tell who took part) and the planner's notes.
 *
 * Erased: passport number and expiry, nationality, visa status and expiry, dietary and
 * accessibility needs (may reveal health or religion: special categories under GDPR art. 9) and
 * the emergency contact (a third person's data), sex and date of birth (asked for by Chinese
 * invitation letters only), and the member's attachments (visa scans, e-tickets).
 *
 * Each entry is one "thing" a purge clears and a preview lists; other personal data (member
 * attachments) is added as another kind in core/services/privacy/personal-data.ts.
 */
export const PERSONAL_MEMBER_FIELDS = [
  { field: 'passportNumber', column: 'passport_number', cleared: '' },
  { field: 'passportExpiry', column: 'passport_expiry', cleared: null },
  { field: 'nationality', column: 'nationality', cleared: '' },
  { field: 'visaStatus', column: 'visa_status', cleared: 'unknown' },
  { field: 'visaExpiry', column: 'visa_expiry', cleared: null },
  { field: 'dietaryNeeds', column: 'dietary_needs', cleared: '' },
  { field: 'accessibilityNeeds', column: 'accessibility_needs', cleared: '' },
  { field: 'emergencyContact', column: 'emergency_contact', cleared: '' },
  { field: 'sex', column: 'sex', cleared: null },
  { field: 'dateOfBirth', column: 'date_of_birth', cleared: null },
] as const satisfies readonly { field: keyof Member; column: string; cleared: string | null }[];

/** The name of one kind of personal data in previews ('passportNumber', later 'attachments'). */
export type PersonalDataKey = (typeof PERSONAL_MEMBER_FIELDS)[number]['field'] | (string & {});

/** Retention choices the Settings screen offers (months after a trip's end date); null: keep. */
export const RETENTION_CHOICES = [3, 6, 12, 24] as const;
export const MAX_RETENTION_MONTHS = 120;
