import type Database from 'better-sqlite3';
import { z } from 'zod';
import type { ParsedInput } from '../../shared/api/contract';
import { DEFAULT_SETTINGS, GiftPolicy, OrganisationProfile, RetentionMonths, type Logo, type Settings } from '../../shared/domain/settings';
import { AppLanguage } from '../../shared/domain/language';
import { LogoDataUrl, Paper } from '../../shared/documents/options';
import { TimeZone } from '../../shared/domain/primitives';
import { checkLogo, LOGO_PROBLEM_MESSAGES, LOGO_TYPES } from '../../shared/settings/logo';
import { prepared } from '../db/statements';
import { now } from './clock';
import { ServiceError } from './errors';

type Db = Database.Database;
type Key = keyof Settings;

/**
 * Settings as key → JSON rows (migration 005). Every read goes through the setting's schema:
 * a row written by a newer version or edited by hand that does not fit is ignored (the default
 * applies) instead of breaking the app.
 */
const StoredLogo = z
  .object({ type: z.enum(LOGO_TYPES), bytes: z.number().int().positive(), dataUrl: LogoDataUrl })
  .refine((logo) => logo.dataUrl.startsWith(`data:${logo.type};base64,`));

const schemas: { [K in Key]: z.ZodType } = {
  language: AppLanguage.nullable(),
  homeTimeZone: TimeZone.nullable(),
  paper: Paper,
  showHomeTimeByDefault: z.boolean(),
  organisation: OrganisationProfile.partial(),
  logo: StoredLogo.nullable(),
  retentionMonths: RetentionMonths.nullable(),
  giftPolicy: GiftPolicy,
};

export function getSettings(db: Db): Settings {
  const rows = prepared(db, 'SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const settings: Settings = { ...DEFAULT_SETTINGS, organisation: { ...DEFAULT_SETTINGS.organisation } };
  for (const { key, value } of rows) {
    if (!Object.hasOwn(schemas, key)) continue; // a setting of a newer version: kept, not used
    const parsed = schemas[key as Key].safeParse(JSON.parse(value));
    if (!parsed.success) continue;
    if (key === 'organisation') {
      settings.organisation = { ...settings.organisation, ...(parsed.data as Partial<Settings['organisation']>) };
    } else {
      (settings as unknown as Record<string, unknown>)[key] = parsed.data;
    }
  }
  return settings;
}

function write(db: Db, key: Key, value: unknown): void {
  prepared(
    db,
    `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  ).run(key, JSON.stringify(value), now());
}

export function updateSettings(db: Db, patch: ParsedInput<'settings:update'>): Settings {
  const current = getSettings(db);
  for (const key of ['language', 'homeTimeZone', 'paper', 'showHomeTimeByDefault', 'retentionMonths'] as const) {
    if (patch[key] !== undefined) write(db, key, patch[key]);
  }
  if (patch.organisation) write(db, 'organisation', { ...current.organisation, ...patch.organisation });
  if (patch.giftPolicy) write(db, 'giftPolicy', patch.giftPolicy);
  return getSettings(db);
}

/** Store a logo (base64 of the file) after checking what it really is; null removes it. */
export function setLogo(db: Db, image: string | null): Settings {
  if (image === null) {
    write(db, 'logo', null);
    return getSettings(db);
  }
  const bytes = Buffer.from(image, 'base64');
  const check = checkLogo(bytes);
  if (!check.ok) {
    const message = LOGO_PROBLEM_MESSAGES[check.problem];
    throw new ServiceError('invalid_input', message, [{ path: ['image'], message }]);
  }
  const logo: Logo = { type: check.type, bytes: bytes.length, dataUrl: `data:${check.type};base64,${bytes.toString('base64')}` };
  write(db, 'logo', logo);
  return getSettings(db);
}
