import type { VisaStatus } from '../../domain/member';
import type { CheckContext } from '../context';
import { addMonthsToDate, isLocalDate } from '../instants';
import { messages } from '../messages';
import type { CheckResult } from '../types';

/**
 * Passports and visas, per member, measured against the member's own return day: the day their
 * journey home lands (the six who fly home early: their flight home), or the trip's last day
 * while the plan has no journey home for them — and the message then says so (see the presence
 * model's span). Hosts in an incoming trip are at home and are skipped.
 *
 * Passport (valid through its expiry date):
 * - expiry before the return day → error `passport-expired` (cannot travel home on it);
 * - expiry before return day + N months (`passportValidityMonths`, 6) → warning
 *   `passport-expires-soon`; exactly N months after the return day is enough (2017-11-05 →
 *   2018-05-05 passes, 2018-05-04 does not; month ends clamp: 08-31 + 6 months = 02-28);
 * - no expiry on file → `passport-unknown`: warning for an outgoing trip, info for an incoming
 *   one (the visitors' own organisation handles their passports).
 *
 * Visa: a member needs one when their status says so (required, applied, refused) or when the
 * trip goes to a country in `visaRequiredCountries` and their status is not "not required".
 * - status refused → error `visa-refused`;
 * - needed and required / applied / unknown → warning `visa-not-granted`;
 * - granted with an expiry before the return day → error `visa-expires` (valid through expiry).
 */
export function checkDocuments(ctx: CheckContext, out: CheckResult[]): void {
  const months = ctx.options.passportValidityMonths;
  const visaCountries = new Set(ctx.options.visaRequiredCountries);
  const countriesNeedingVisa = [...new Set(ctx.trip.destinations.map((d) => d.country).filter((c) => visaCountries.has(c)))];
  const incoming = ctx.trip.direction === 'incoming';

  for (const member of ctx.members) {
    if (ctx.isHost(member)) continue;
    const span = ctx.span(member.id);
    const returnDate = span.end;
    const basis = span.homeOnLastDay ? 'journey-home' : span.journeyHome ? 'trip-end' : 'no-journey-home';
    const base = { memberIds: [member.id], itemIds: [] as string[], date: null };
    const expiry = member.passportExpiry;

    if (!expiry || !isLocalDate(expiry)) {
      out.push({
        ...base,
        id: `passport-unknown:${member.id}`,
        kind: 'passport-unknown',
        severity: incoming ? 'info' : 'warning',
        message: messages.passportUnknown({ name: member.name }),
        target: { screen: 'members', memberId: member.id, field: 'passportExpiry' },
      });
    } else if (expiry < returnDate) {
      out.push({
        ...base,
        id: `passport-expired:${member.id}`,
        kind: 'passport-expired',
        severity: 'error',
        message: messages.passportExpired({ name: member.name, expiry, returnDate, basis }),
        target: { screen: 'members', memberId: member.id, field: 'passportExpiry' },
      });
    } else if (expiry < addMonthsToDate(returnDate, months)) {
      out.push({
        ...base,
        id: `passport-expires-soon:${member.id}`,
        kind: 'passport-expires-soon',
        severity: 'warning',
        message: messages.passportExpiresSoon({ name: member.name, expiry, returnDate, basis, months }),
        target: { screen: 'members', memberId: member.id, field: 'passportExpiry' },
      });
    }

    const status: VisaStatus = member.visaStatus;
    const needed =
      status === 'required' || status === 'applied' || status === 'refused' ||
      (countriesNeedingVisa.length > 0 && status !== 'not_required');
    if (status === 'refused') {
      out.push({
        ...base,
        id: `visa-refused:${member.id}`,
        kind: 'visa-refused',
        severity: 'error',
        message: messages.visaRefused({ name: member.name }),
        target: { screen: 'members', memberId: member.id, field: 'visaStatus' },
      });
    } else if (needed && status !== 'granted') {
      out.push({
        ...base,
        id: `visa-not-granted:${member.id}`,
        kind: 'visa-not-granted',
        severity: 'warning',
        message: messages.visaNotGranted({ name: member.name, status: status as 'required' | 'applied' | 'unknown', countries: countriesNeedingVisa }),
        target: { screen: 'members', memberId: member.id, field: 'visaStatus' },
      });
    } else if (status === 'granted' && member.visaExpiry && isLocalDate(member.visaExpiry) && member.visaExpiry < returnDate) {
      out.push({
        ...base,
        id: `visa-expires:${member.id}`,
        kind: 'visa-expires',
        severity: 'error',
        message: messages.visaExpires({ name: member.name, expiry: member.visaExpiry, lastDay: returnDate }),
        target: { screen: 'members', memberId: member.id, field: 'visaExpiry' },
      });
    }
  }
}
