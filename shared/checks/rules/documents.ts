import type { VisaStatus } from '../../domain/member';
import type { CheckContext } from '../context';
import { passportRulesOf, type EntryRule } from '../entry-rules';
import { addMonthsToDate, isLocalDate } from '../instants';
import { messages, type PassportReference } from '../messages';
import type { CheckResult } from '../types';
import type { MemberSpan } from '../context';

/**
 * Passports and visas, per member (hosts of an incoming trip are at home and are skipped),
 * measured against the member's own part of the trip (the presence model's span) and the rules of
 * the trip's destinations (entry-rules.ts, the table the Checks screen shows).
 *
 * Passport (valid through its expiry date):
 * - expiry before the member's return day → error `passport-expired` (cannot travel home on it):
 *   the day their journey home lands, else the trip's last day (the message then says so);
 * - expiry before the destination's line → warning `passport-expires-soon`. The line is N months
 *   after the day the rule counts from: Schengen 3 months after leaving the area (the day the
 *   journey home leaves), China 6 months after entry (the day the journey in lands), elsewhere
 *   `passportValidityMonths` (6) after the return day — which an outgoing trip's members always
 *   meet too (our own travel policy, as before the table). Days outside the trip count as its
 *   first or last day; with several lines the latest applies. Exactly N months passes;
 *   month ends clamp (08-31 + 6 months = 02-28);
 * - no expiry on file → `passport-unknown`: warning for an outgoing trip, info for an incoming
 *   one (the visitors' own organisation handles their passports).
 *
 * Visa: a member needs one when their status says so (required, applied, refused), when the trip
 * goes to a country in `visaRequiredCountries` and their status is not "not required", or — an
 * incoming trip's visitors — when a destination's rule asks visitors for one (Schengen: a visa
 * and our invitation letter) and their status is not "not required".
 * - status refused → error `visa-refused`;
 * - needed and required / applied / unknown → warning `visa-not-granted`;
 * - granted with an expiry before the return day → error `visa-expires` (valid through expiry).
 */
export function checkDocuments(ctx: CheckContext, out: CheckResult[]): void {
  const visaCountries = new Set(ctx.options.visaRequiredCountries);
  const countriesNeedingVisa = [...new Set(ctx.trip.destinations.map((d) => d.country).filter((c) => visaCountries.has(c)))];
  const incoming = ctx.trip.direction === 'incoming';
  const rules = passportRulesOf(ctx.trip);
  const visitorsVisa = incoming ? (rules.find((r) => r.visaForVisitors) ?? null) : null;

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
    } else {
      const line = validityLine(ctx, span, rules);
      if (expiry < line.until) {
        out.push({
          ...base,
          id: `passport-expires-soon:${member.id}`,
          kind: 'passport-expires-soon',
          severity: 'warning',
          message: messages.passportExpiresSoon({ name: member.name, expiry, reference: line.reference, months: line.months }),
          target: { screen: 'members', memberId: member.id, field: 'passportExpiry' },
        });
      }
    }

    const status: VisaStatus = member.visaStatus;
    const needed =
      status === 'required' || status === 'applied' || status === 'refused' ||
      ((countriesNeedingVisa.length > 0 || visitorsVisa !== null) && status !== 'not_required');
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
        message: messages.visaNotGranted({
          name: member.name,
          status: status as 'required' | 'applied' | 'unknown',
          countries: countriesNeedingVisa,
          schengen: visitorsVisa?.area === 'schengen',
        }),
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

/** The latest date the passport must be valid to, over the destinations' rules, and why. */
function validityLine(ctx: CheckContext, span: MemberSpan, rules: readonly EntryRule[]): { until: string; reference: PassportReference; months: number } {
  let best: { until: string; reference: PassportReference; months: number } | null = null;
  for (const rule of rules) {
    const months = rule.passportMonths ?? ctx.options.passportValidityMonths;
    const reference = referenceOf(ctx, span, rule);
    const until = addMonthsToDate(reference.date, months);
    if (!best || until > best.until) best = { until, reference, months };
  }
  return best!;
}

/** The day a rule counts from, kept within the member's part of the trip (so within the trip). */
function referenceOf(ctx: CheckContext, span: MemberSpan, rule: EntryRule): PassportReference {
  const { startDate, endDate } = ctx.trip;
  if (rule.from === 'entry') {
    if (!span.journeyOut) return { from: 'entry', area: rule.area, date: span.start, basis: 'no-journey' };
    const landed = (span.journeyOut.endLocal ?? span.journeyOut.startLocal).slice(0, 10);
    // Landed before the trip began: its first day (the span starts there too).
    if (landed < startDate) return { from: 'entry', area: rule.area, date: startDate, basis: 'trip' };
    return { from: 'entry', area: rule.area, date: clamp(landed, span.start, span.end), basis: 'journey' };
  }
  if (rule.from === 'departure') {
    if (!span.journeyHome) return { from: 'departure', area: rule.area, date: endDate, basis: 'no-journey' };
    const leaves = span.journeyHome.startLocal.slice(0, 10);
    if (leaves > endDate) return { from: 'departure', area: rule.area, date: endDate, basis: 'trip' };
    return { from: 'departure', area: rule.area, date: clamp(leaves, span.start, endDate), basis: 'journey' };
  }
  const basis = span.homeOnLastDay ? 'journey' : span.journeyHome ? 'trip' : 'no-journey';
  return { from: 'return', area: rule.area, date: span.end, basis };
}

function clamp(date: string, from: string, until: string): string {
  return date < from ? from : date > until ? until : date;
}
