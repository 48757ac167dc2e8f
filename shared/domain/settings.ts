import { z } from 'zod';
import { Line, TimeZone } from './primitives';
import { DocumentLanguage, Paper } from '../documents/options';
import { AppLanguage } from './language';
import { LOGO_MAX_BYTES, type LogoType } from '../settings/logo';
import { MAX_RETENTION_MONTHS } from '../privacy/personal-fields';

/**
 * The app's settings, kept in the database (the `settings` table) so they survive restarts,
 * another port in the browser mode and switching between the desktop app and the browser.
 * The theme is not here: it belongs to the screen in front of the user (see state/settings.ts).
 */
export const OrganisationProfile = z.object({
  /** On every document's cover and footer ("Västerås stad"). */
  name: Line(200),
  /** Footer of every document. */
  address: Line(300),
  phone: Line(60),
  /** The language a new document starts in (each can still be switched); null: the app's language. */
  documentLanguage: DocumentLanguage.nullable(),
});
export type OrganisationProfile = z.infer<typeof OrganisationProfile>;

/**
 * The municipality's gift policy: received gifts worth more than the limit must be registered.
 * null: no limit set (nothing is flagged).
 */
export const GiftPolicy = z.object({
  registrationLimitOre: z.number().int().min(0, 'The limit cannot be negative').max(10_000_000_000).nullable(),
});
export type GiftPolicy = z.infer<typeof GiftPolicy>;

export interface Logo {
  type: LogoType;
  bytes: number;
  /** data:image/…;base64,… — documents inline it, they load nothing from disk. */
  dataUrl: string;
}

export interface Settings {
  /** The UI language; null until someone chooses one (then the system's language is used). */
  language: AppLanguage | null;
  /** Home time zone suggested for a new trip; null: this computer's zone. */
  homeTimeZone: string | null;
  /** Paper size a new document starts with. */
  paper: Paper;
  /** Whether the programme shows a home-time column beside local times by default. */
  showHomeTimeByDefault: boolean;
  organisation: OrganisationProfile;
  logo: Logo | null;
  /**
   * Months after a trip's end date that members' personal data (shared/privacy/personal-fields.ts)
   * is kept; then the purge erases it. null (the default): kept until someone deletes it.
   */
  retentionMonths: number | null;
  giftPolicy: GiftPolicy;
}

export const DEFAULT_SETTINGS: Settings = {
  language: null,
  homeTimeZone: null,
  paper: 'a4',
  showHomeTimeByDefault: true,
  organisation: { name: '', address: '', phone: '', documentLanguage: null },
  logo: null,
  retentionMonths: null,
  // 500 kr: a starting point only; each municipality sets its own limit in Settings.
  giftPolicy: { registrationLimitOre: 50_000 },
};

export const RetentionMonths = z.number().int().min(1).max(MAX_RETENTION_MONTHS);

export const SettingsPatch = z.strictObject({
  language: AppLanguage.nullable().optional(),
  homeTimeZone: TimeZone.nullable().optional(),
  paper: Paper.optional(),
  showHomeTimeByDefault: z.boolean().optional(),
  organisation: OrganisationProfile.partial().optional(),
  retentionMonths: RetentionMonths.nullable().optional(),
  giftPolicy: GiftPolicy.optional(),
});
export type SettingsPatch = z.input<typeof SettingsPatch>;

/** The logo file's bytes in base64, or null to remove the logo. Checked by content in the core. */
export const LogoInput = z.object({
  image: z
    .string()
    // base64 is 4/3 of the bytes: anything longer is too large before it is even decoded.
    .max(Math.ceil(LOGO_MAX_BYTES / 3) * 4 + 4, 'The logo is too large: at most 1 MB')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The logo must be sent as base64')
    .nullable(),
});

/** The demo delegations (core/demo): offered on an empty database, removable while present. */
export interface DemoStatus {
  /** True when the database has no trips at all: the first start. */
  offered: boolean;
  /** Demo trips in the database (their ids never change), for marking them in lists. */
  demoTripIds: string[];
}
