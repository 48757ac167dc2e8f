import { z } from 'zod';

/**
 * Settings of the checks. They are an input of the operation (with defaults) rather than trip
 * fields, so that changing one needs no schema change; every field is optional.
 */
export const CheckOptions = z
  .object({
    /** A passport must stay valid this many months after the member's return (0–24, default 6). */
    passportValidityMonths: z.number().int().min(0).max(24),
    /**
     * Destination countries (ISO 3166-1 alpha-2) whose entry needs a visa. Every member then needs
     * visa status "granted" unless marked "not required". Members whose status is required,
     * applied or refused need one whatever this says.
     */
    visaRequiredCountries: z.array(
      z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^[A-Z]{2}$/, 'Use two-letter country codes such as CN'),
    ).max(250),
    /** Minutes from a flight's landing to the first meeting or visit (default 90). */
    flightBufferMinutes: z.number().int().min(0).max(1_440),
    /** Minutes from a train's arrival to the first meeting or visit (default 30). */
    trainBufferMinutes: z.number().int().min(0).max(1_440),
    /** Minutes needed between items in two different cities with no travel item between (default 60). */
    cityChangeBufferMinutes: z.number().int().min(0).max(1_440),
    /** How long a meeting, visit, meal or event without an end is taken to last (default 60). */
    defaultDurationMinutes: z.number().int().min(0).max(1_440),
    /**
     * Languages (BCP 47, e.g. "sv", "en") the delegation can hold a meeting in. Default: "sv" for an
     * outgoing trip; for an incoming trip, the languages of the visitors' nationalities.
     */
    delegationLanguages: z.array(z.string().trim().min(2).max(35)).max(20),
  })
  .partial();
export type CheckOptions = z.input<typeof CheckOptions>;

export const CHECK_DEFAULTS = {
  passportValidityMonths: 6,
  visaRequiredCountries: [] as string[],
  flightBufferMinutes: 90,
  trainBufferMinutes: 30,
  cityChangeBufferMinutes: 60,
  defaultDurationMinutes: 60,
};

/** Options with the defaults filled in; delegationLanguages stays undefined until the trip decides it. */
export type ResolvedCheckOptions = typeof CHECK_DEFAULTS & { delegationLanguages?: string[] };

export function resolveOptions(options: CheckOptions | undefined): ResolvedCheckOptions {
  const parsed = CheckOptions.parse(options ?? {});
  const resolved: ResolvedCheckOptions = { ...CHECK_DEFAULTS };
  for (const [key, value] of Object.entries(parsed)) {
    if (value !== undefined) (resolved as Record<string, unknown>)[key] = value;
  }
  return resolved;
}
