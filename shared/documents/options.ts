import { z } from 'zod';
import type { AppLanguage } from '../domain/language';
import { Id, Line } from '../domain/primitives';

/**
 * What a programme document is asked for. One schema for the CLI, the API contract (live
 * preview) and Electron's printing, so every engine gets the same choices and defaults.
 */
export const DocumentVariant = z.enum(['handout', 'briefing', 'hosts', 'invitation', 'dietary', 'seating', 'report', 'invitation-data', 'badges', 'place-cards']);
/**
 * handout: public (press, members); briefing: adds internal notes for organisers only;
 * hosts: the host organisation's overview of an incoming visit (who of us is needed when, and
 * the visitors' dietary needs at each meal); invitation: the Schengen invitation letter for the
 * visitors of an incoming visit (in English, with passport data: personal data, printed only on
 * explicit request); dietary: one meal's dietary needs on a sheet for the restaurant; seating:
 * one meal's or meeting's table plan; report: the post-trip report (reseberättelse) for the board
 * or a funder; invitation-data: per traveller what a Chinese invitation letter needs (passport
 * data: personal data, printed only on explicit request); badges:
 * an A4 sheet of 90×55 mm name badges with crop marks; place-cards: folded tent cards for the
 * table, two per A4 sheet.
 */
export type DocumentVariant = z.infer<typeof DocumentVariant>;

/** A language a document's labels exist in: the app's two and Chinese (Simplified) for the hosts. */
export const LabelLanguage = z.enum(['sv', 'en', 'zh']);
export type LabelLanguage = z.infer<typeof LabelLanguage>;

/**
 * A document's language: one of the label languages, or two of them ("sv+zh": Swedish first,
 * Chinese second, every label in both). Only documents have Chinese; the screens stay sv/en.
 */
export const DocumentLanguage = z.enum(['sv', 'en', 'zh', 'sv+zh', 'en+zh', 'sv+en']);
export type DocumentLanguage = z.infer<typeof DocumentLanguage>;

/** The languages of a document: the first leads, the second (bilingual documents) follows. */
export function languagesOf(lang: DocumentLanguage): { primary: LabelLanguage; second: LabelLanguage | null } {
  const [primary, second] = lang.split('+') as [LabelLanguage, LabelLanguage | undefined];
  return { primary, second: second ?? null };
}

/** The app language nearest a document's: for texts that exist only in sv/en (the checks' messages). */
export function appLanguageOf(lang: DocumentLanguage): AppLanguage {
  const { primary } = languagesOf(lang);
  return primary === 'zh' ? 'en' : primary;
}

/** Variants printed as sheets to cut or fold: no cover, no running header or footer, no margins. */
export const SHEET_VARIANTS: readonly DocumentVariant[] = ['badges', 'place-cards'];

export const Paper = z.enum(['a4', 'letter']);
export type Paper = z.infer<typeof Paper>;

/** Logos travel inside the HTML (no network, no file access from the page): images only. */
export const LogoDataUrl = z
  .string()
  .max(3_000_000, 'The logo is too large (at most about 2 MB)')
  .regex(/^data:image\/(png|jpeg|gif|webp|svg\+xml);base64,[A-Za-z0-9+/=]+$/, 'The logo must be a PNG, JPEG, GIF, WebP or SVG image');

export const DocumentSettings = z.object({
  variant: DocumentVariant.default('handout'),
  lang: DocumentLanguage.default('sv'),
  paper: Paper.default('a4'),
  /** Personal programme: only the items this member attends. */
  memberId: Id.nullable().default(null),
  /** The dietary sheet's meal or the seating plan's item (variants 'dietary' and 'seating'). */
  itemId: Id.nullable().default(null),
  /** Add a column with each time at home (trip.homeTimeZone) beside the local time. */
  homeTime: z.boolean().default(false),
  /**
   * Name and logo on the cover, address and phone in the footer. The core fills what the caller
   * leaves out from the organisation's profile (Settings; documents/profile.ts); without either
   * the cover shows the trip's sending (outgoing) or hosting (incoming) organisation.
   */
  organisationName: Line(200).optional(),
  organisationAddress: Line(300).optional(),
  organisationPhone: Line(60).optional(),
  logo: LogoDataUrl.optional(),
});
export type DocumentSettings = z.output<typeof DocumentSettings>;
export type DocumentSettingsInput = z.input<typeof DocumentSettings>;

/** Input of the 'documents:html' operation. */
export const DocumentHtmlInput = DocumentSettings.extend({ tripId: Id });
