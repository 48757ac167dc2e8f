import fc from 'fast-check';
import type { ItemKind } from '../../shared/domain/item';
import type { Member, VisaStatus } from '../../shared/domain/member';
import type { Trip } from '../../shared/domain/trip';
import type { TripWorkspace } from '../../shared/domain/workspace';
import { addDaysToDate, toInstant, toLocal } from '../../shared/time/zoned';
import { CN, SE, WorkspaceBuilder } from './builder';

/**
 * Random trip plans for the property tests, partial and complete alike: 1–20 days, outgoing
 * (Västerås → Jinan/Shenyang) or incoming (Wuxi → Södertälje, with hosts), 1–6 members and
 * sub-groups of them, and items of every kind — flights and trains across Stockholm, Helsinki
 * and Shanghai time, hotels, meetings with or without interpreters, all-day items — each with
 * valid times (the forms refuse others) and, unless `withinTrip`, sometimes outside the trip.
 */

const HEL = 'Europe/Helsinki';
const ZONES = [SE, CN, HEL];
const KINDS: ItemKind[] = ['flight', 'train', 'transfer', 'accommodation', 'meeting', 'visit', 'meal', 'event', 'free_time', 'other'];
/** Travel ends as typed in from/to, known airports and cities among them, and nothing. */
const PLACES = ['Stockholm Arlanda (ARN)', 'Beijing Capital (PEK)', 'Jinan Yaoqiang (TNA)', 'Shenyang Taoxian (SHE)', 'Helsinki (HEL)', 'Södertälje', 'Shanghai Pudong', 'Canal Hotel', ''];
const CITIES = ['Jinan', 'Shenyang', 'Qufu', 'Södertälje', 'Stockholm', '济南', ''];
const VISAS: VisaStatus[] = ['not_required', 'required', 'applied', 'granted', 'refused', 'unknown'];
const HOSTS = 'Södertälje kommun';

export interface ItemPlan {
  kind: ItemKind;
  /** Day of the trip (0 = first); may fall before or after it. */
  day: number;
  /** Minutes after midnight, in half hours. */
  minute: number;
  startZone: string;
  endZone: string;
  /** Minutes; null: no end. */
  duration: number | null;
  /** All-day: this many extra days. */
  allDayExtra: number | null;
  from: string;
  to: string;
  city: string;
  /** 'all', a sub-group (g0, g1) or a member index. */
  who: 'all' | `g${number}` | number;
  counterpartLanguage: string;
  interpreter: boolean;
}

export interface TripPlan {
  direction: 'outgoing' | 'incoming';
  start: string;
  days: number;
  destinations: 'jinan' | 'jinan+shenyang';
  members: { host: boolean; passport: number | null; visa: VisaStatus; visaExpiry: number | null; phone: boolean; role: Member['role'] }[];
  groups: number[][];
  items: ItemPlan[];
}

const half = (max: number) => fc.integer({ min: 0, max: max / 30 }).map((n) => n * 30);

export function itemPlan(days: number, withinTrip: boolean): fc.Arbitrary<ItemPlan> {
  return fc.record({
    kind: fc.constantFrom(...KINDS),
    day: withinTrip ? fc.integer({ min: 0, max: days - 1 }) : fc.integer({ min: -2, max: days + 1 }),
    minute: half(23 * 60 + 30),
    startZone: fc.constantFrom(...ZONES),
    endZone: fc.constantFrom(...ZONES),
    duration: fc.option(half(36 * 60), { freq: 5 }),
    allDayExtra: fc.oneof({ arbitrary: fc.constant(null), weight: 9 }, { arbitrary: fc.integer({ min: 0, max: 3 }), weight: 1 }),
    from: fc.constantFrom(...PLACES),
    to: fc.constantFrom(...PLACES),
    city: fc.constantFrom(...CITIES),
    who: fc.oneof(fc.constant<'all'>('all'), fc.constantFrom<`g${number}`>('g0', 'g1'), fc.integer({ min: 0, max: 5 })),
    counterpartLanguage: fc.constantFrom('', 'zh', 'sv', 'en'),
    interpreter: fc.boolean(),
  });
}

export function tripPlan({ withinTrip = false, maxItems = 14 } = {}): fc.Arbitrary<TripPlan> {
  return fc
    .record({
      direction: fc.constantFrom<TripPlan['direction']>('outgoing', 'incoming'),
      // 2016–2019, so Stockholm's and Helsinki's summer-time changes fall inside some trips.
      startOffset: fc.integer({ min: 0, max: 4 * 365 }),
      days: fc.integer({ min: 1, max: 20 }),
      destinations: fc.constantFrom<TripPlan['destinations']>('jinan', 'jinan+shenyang'),
      members: fc.array(
        fc.record({
          host: fc.boolean(),
          passport: fc.option(fc.integer({ min: -30, max: 400 })),
          visa: fc.constantFrom(...VISAS),
          visaExpiry: fc.option(fc.integer({ min: -5, max: 30 })),
          phone: fc.boolean(),
          role: fc.constantFrom<Member['role']>('head', 'member', 'interpreter', 'staff'),
        }),
        { minLength: 1, maxLength: 6 },
      ),
      groups: fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 5 }), { maxLength: 4 }), { minLength: 2, maxLength: 2 }),
    })
    .chain((trip) =>
      fc.array(itemPlan(trip.days, withinTrip), { maxLength: maxItems }).map(
        (items): TripPlan => ({
          direction: trip.direction,
          start: addDaysToDate('2016-01-01', trip.startOffset),
          days: trip.days,
          destinations: trip.destinations,
          members: trip.members,
          groups: trip.groups,
          items,
        }),
      ),
    );
}

/** The plan as the app would load it. */
export function buildPlan(plan: TripPlan, extra: ItemPlan[] = []): TripWorkspace {
  const incoming = plan.direction === 'incoming';
  const trip: Partial<Trip> = {
    direction: plan.direction,
    startDate: plan.start,
    endDate: addDaysToDate(plan.start, plan.days - 1),
    hostingOrganisation: incoming ? HOSTS : 'Jinan FAO',
    destinations: incoming
      ? [{ city: 'Södertälje', nativeName: '', country: 'SE', timeZone: SE }]
      : [
          { city: 'Jinan', nativeName: '济南', country: 'CN', timeZone: CN },
          ...(plan.destinations === 'jinan+shenyang' ? [{ city: 'Shenyang', nativeName: '沈阳', country: 'CN', timeZone: CN }] : []),
        ],
  };
  const b = new WorkspaceBuilder(trip);
  const date = (offset: number | null) => (offset === null ? null : addDaysToDate(plan.start, offset));
  const ids = plan.members.map((m, i) =>
    b.member(`m${i}`, {
      organisation: incoming && m.host ? `${HOSTS}, kultur` : incoming ? 'Wuxi FAO' : 'Västerås stad',
      nationality: incoming && !m.host ? 'Kina' : 'Sverige',
      passportExpiry: date(m.passport),
      visaStatus: m.visa,
      visaExpiry: date(m.visaExpiry),
      phone: m.phone ? '+46 70 000 00 00' : '',
      role: m.role,
    }),
  );
  const groups = plan.groups.map((g) => g.filter((i) => i < ids.length).map((i) => ids[i]!));
  [...plan.items, ...extra].forEach((p, index) => {
    const id = `i${index}`;
    const start = `${addDaysToDate(plan.start, p.day)}T${String(Math.floor(p.minute / 60)).padStart(2, '0')}:${String(p.minute % 60).padStart(2, '0')}`;
    const travel = p.kind === 'flight' || p.kind === 'train' || p.kind === 'transfer';
    const allDay = p.allDayExtra !== null && !travel;
    const zone = travel ? p.startZone : incoming ? SE : CN;
    const endZone = travel ? p.endZone : zone;
    let end: string | null = null;
    if (allDay) end = `${addDaysToDate(start.slice(0, 10), p.allDayExtra!)}T00:00`;
    else if (p.duration !== null) end = toLocal(toInstant(start, zone) + p.duration * 60_000, endZone);
    const who = p.who === 'all' ? undefined : typeof p.who === 'number' ? [ids[p.who % ids.length]!] : groups[Number(p.who.slice(1))]!;
    b.item(id, {
      kind: p.kind,
      start: allDay ? `${start.slice(0, 10)}T00:00` : start,
      zone,
      end,
      endZone,
      allDay,
      who,
      location: { venue: '', address: p.city ? 'Gatan 1' : '', addressLocal: '', city: p.city },
      details: travel ? { from: p.from, to: p.to } : {},
      sortOrder: index,
    });
    if (p.kind === 'meeting' || p.kind === 'visit') {
      b.meeting(id, { counterpartLanguage: p.counterpartLanguage, interpreterMemberId: p.interpreter ? ids[0]! : null });
    }
  });
  return b.build();
}
