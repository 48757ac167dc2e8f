import type { DelegationRole } from '../../shared/domain/member';
import type { ItemKind } from '../../shared/domain/item';
import type { AddressBook } from './address-book';
import { MEETING_TOPICS, PARTIES, SWEDISH_TITLES, swedishName, VENUES } from './names';
import type { Random } from './random';
import { addDays, at, type Writer } from './writer';

const SE = 'Europe/Stockholm';
const CN = 'Asia/Shanghai';
const JP = 'Asia/Tokyo';

export interface LargeTrip {
  tripId: string;
  title: string;
  memberIds: string[];
  /** Members of the first track (participants of half of the items). */
  trackA: string[];
  itemIds: string[];
  /** Ids of meeting/visit items (they have meeting details). */
  meetingItemIds: string[];
}

export const LARGE_TRIP_TITLE = 'Statsbesök Kina och Japan 2019: hållbara städer';
export const LARGE_TRIP_DAYS = 14;
export const LARGE_TRIP_ITEMS_PER_DAY = 30;
export const LARGE_TRIP_MEMBERS = 60;

/** Where each track sleeps on programme day d (1–14): Beijing, Shanghai, Chengdu; track B in Tokyo on days 11–12. */
function cityOf(day: number, track: number): { city: string; native: string; zone: string } {
  if (track === 1 && (day === 11 || day === 12)) return { city: 'Tokyo', native: '東京', zone: JP };
  if (day <= 5) return { city: 'Beijing', native: '北京', zone: CN };
  if (day <= 10) return { city: 'Shanghai', native: '上海', zone: CN };
  return { city: 'Chengdu', native: '成都', zone: CN };
}

const TRACK_KINDS: ItemKind[] = ['meeting', 'visit', 'transfer', 'meeting', 'meal', 'visit', 'event'];

/**
 * A large state-visit programme: 60 members in two tracks of 30, 14 days with 30 items each
 * (420 items): the flight out and home across zones, domestic flights, a side trip to Tokyo
 * (another zone) for track B, hotels per city, meetings with counterparts, an interpreter per
 * track, follow-ups, and every track item attended by its 30 members. With `days`, the same
 * programme shorter or longer (30 items a day), for measuring how costs grow with a trip.
 */
export function writeLargeTrip(
  random: Random,
  write: Writer,
  book: AddressBook,
  { days = LARGE_TRIP_DAYS, title = LARGE_TRIP_TITLE }: { days?: number; title?: string } = {},
): LargeTrip {
  const tripId = random.uuid();
  const start = '2019-05-05';
  write.trip(tripId, {
    title,
    direction: 'outgoing',
    purpose: 'Statsbesök med kommunala företrädare: hållbara städer, vatten, energi, robotik och utbildning.',
    sendingOrganisation: 'Sveriges Kommuner och Regioner',
    hostingOrganisation: 'Chinese People\'s Association for Friendship with Foreign Countries',
    destinations: [
      { city: 'Beijing', nativeName: '北京', country: 'CN', timeZone: CN },
      { city: 'Shanghai', nativeName: '上海', country: 'CN', timeZone: CN },
      { city: 'Tokyo', nativeName: '東京', country: 'JP', timeZone: JP },
      { city: 'Chengdu', nativeName: '成都', country: 'CN', timeZone: CN },
    ],
    startDate: start,
    endDate: addDays(start, days),
    homeTimeZone: SE,
    status: 'confirmed',
    fundingReference: 'ICLD 2019-042',
  });

  const memberIds: string[] = [];
  const roleOf = (i: number): DelegationRole =>
    i === 0 ? 'head' : i === 1 ? 'deputy_head' : i < 40 ? 'member' : i < 50 ? 'staff' : i < 52 ? 'interpreter' : i < 56 ? 'press' : 'security';
  for (let i = 0; i < LARGE_TRIP_MEMBERS; i++) {
    const id = random.uuid();
    const person = swedishName(random);
    const role = roleOf(i);
    write.member(id, {
      tripId,
      name: person.name,
      title: role === 'interpreter' ? 'Tolk' : random.pick(SWEDISH_TITLES),
      organisation: `${random.pick(['Västerås', 'Södertälje', 'Eskilstuna', 'Örebro', 'Uppsala'])} kommun`,
      party: role === 'member' || role === 'head' || role === 'deputy_head' ? random.pick(PARTIES) : '',
      role,
      email: `${person.handle}${i}@example.se`,
      phone: `+46 70 ${random.int(100, 999)} ${random.int(10, 99)} ${random.int(10, 99)}`,
      passportNumber: `AA${random.int(1000000, 9999999)}`,
      passportExpiry: addDays(start, random.int(400, 3000)),
      nationality: 'SE',
      visaStatus: 'granted',
      visaExpiry: addDays(start, 90),
      dietaryNeeds: random.chance(0.15) ? random.pick(['Vegetarisk', 'Glutenfri', 'Laktosfri', 'Nötallergi']) : '',
      emergencyContact: `${swedishName(random).name}, +46 70 ${random.int(100, 999)} ${random.int(10, 99)} ${random.int(10, 99)}`,
    });
    memberIds.push(id);
  }
  const tracks = [memberIds.filter((_, i) => i % 2 === 0), memberIds.filter((_, i) => i % 2 === 1)];
  const interpreters = [memberIds[50]!, memberIds[51]!];
  write.group(random.uuid(), { tripId, name: 'Spår A', memberIds: tracks[0]! });
  write.group(random.uuid(), { tripId, name: 'Spår B', memberIds: tracks[1]! });
  write.group(random.uuid(), { tripId, name: 'Tokyogruppen', memberIds: tracks[1]! });

  const itemIds: string[] = [];
  const meetingItemIds: string[] = [];
  const item = (input: Omit<Parameters<Writer['item']>[1], 'tripId'>): string => {
    const id = random.uuid();
    write.item(id, { tripId, ...input } as Parameters<Writer['item']>[1]);
    itemIds.push(id);
    return id;
  };
  const all = { allMembers: true, participantIds: [] as string[] };
  const track = (t: number) => ({ allMembers: false, participantIds: tracks[t]! });
  const hotel = (date: string, nights: number, city: string, zone: string, who = all) =>
    item({
      kind: 'accommodation',
      title: `Hotell i ${city}`,
      startLocal: at(date, 21 * 60),
      startZone: zone,
      endLocal: at(addDays(date, nights), 5 * 60 + 30),
      endZone: zone,
      location: { venue: `${city} International Hotel`, city, address: `${random.int(1, 99)} Central Avenue, ${city}`, addressLocal: `${city}中心大道${random.int(1, 99)}号` },
      details: { confirmationNumber: `HTL${random.int(100000, 999999)}`, phone: '+86 10 6512 3456' },
      ...who,
    });
  const flight = (title: string, startLocal: string, startZone: string, endLocal: string, endZone: string, from: string, to: string, who = all) =>
    item({
      kind: 'flight',
      title,
      startLocal,
      startZone,
      endLocal,
      endZone,
      details: { carrier: random.pick(['Air China', 'SAS', 'China Eastern', 'ANA']), number: `CA ${random.int(100, 999)}`, from, to, bookingReference: `BK${random.int(1000, 9999)}` },
      publicNotes: 'Samling vid incheckningen två timmar före avgång. Ha passet redo.',
      ...who,
    });

  for (let day = 1; day <= days; day++) {
    const date = addDays(start, day);
    const here = cityOf(day, 0);
    // Slot 0: the flight out, a domestic flight on the morning the delegation moves, or breakfast.
    if (day === 1) flight('Flyg Stockholm → Peking', at(start, 13 * 60 + 30), SE, at(date, 5 * 60), CN, 'Stockholm Arlanda (ARN)', 'Beijing Capital (PEK)');
    else if (day === 6) flight('Flyg Peking → Shanghai', at(date, 5 * 60 + 40), CN, at(date, 7 * 60 + 50), CN, 'Beijing Capital (PEK)', 'Shanghai Hongqiao (SHA)');
    else if (day === 11) flight('Flyg Shanghai → Chengdu (spår A)', at(date, 5 * 60), CN, at(date, 7 * 60 + 45), CN, 'Shanghai Hongqiao (SHA)', 'Chengdu Tianfu (TFU)', track(0));
    else if (day === 13) flight('Flyg Tokyo → Chengdu (spår B)', at(date, 4 * 60), JP, at(date, 7 * 60 + 20), CN, 'Tokyo Haneda (HND)', 'Chengdu Tianfu (TFU)', track(1));
    else item({ kind: 'meal', title: 'Frukost och dagens genomgång', startLocal: at(date, 6 * 60 + 45), startZone: here.zone, endLocal: at(date, 7 * 60 + 40), endZone: here.zone, location: { venue: 'Hotellets restaurang', city: here.city }, ...(day === 12 ? track(0) : all) });

    for (let t = 0; t < 2; t++) {
      const place = cityOf(day, t);
      for (let slot = 0; slot < 14; slot++) {
        // Track B lands in Tokyo at 11:30 on day 11: its day starts three hours later.
        const minutes = 8 * 60 + slot * 50 + (day === 11 && t === 1 ? 180 : 0);
        if (day === 11 && t === 1 && slot === 0) {
          flight('Flyg Shanghai → Tokyo (spår B)', at(date, 8 * 60), CN, at(date, 11 * 60 + 30), JP, 'Shanghai Pudong (PVG)', 'Tokyo Haneda (HND)', track(1));
          continue;
        }
        if (day === 11 && t === 1 && slot < 5) {
          item({ kind: 'free_time', title: 'Ankomst och vila', startLocal: at(date, minutes), startZone: JP, endLocal: at(date, minutes + 45), endZone: JP, location: { city: 'Tokyo' }, ...track(1) });
          continue;
        }
        const kind = TRACK_KINDS[(slot + t + day) % TRACK_KINDS.length]!;
        const topic = MEETING_TOPICS[(slot * 7 + day + t) % MEETING_TOPICS.length]!;
        const venue = random.pick(VENUES);
        const id = item({
          kind,
          title:
            kind === 'meal'
              ? `Lunch med värdarna i ${place.city}`
              : kind === 'transfer'
                ? `Transfer till ${venue.toLowerCase()}`
                : kind === 'event'
                  ? `Seminarium: ${topic}`
                  : `${topic}: ${kind === 'visit' ? 'studiebesök' : 'möte'} (${place.city})`,
          startLocal: at(date, minutes),
          startZone: place.zone,
          endLocal: at(date, minutes + 45),
          endZone: place.zone,
          location: {
            venue: `${venue}, ${place.city}`,
            city: place.city,
            address: `${random.int(1, 300)} ${random.pick(['Jianguo', 'Nanjing', 'Tianfu', 'Ginza'])} Road, ${place.city}`,
            addressLocal: `${place.native}${random.pick(['建国路', '南京路', '天府大道', '銀座'])}${random.int(1, 300)}号`,
          },
          description: `Program för ${topic.toLowerCase()}: presentationer från värdarna, frågor och en kort rundvandring.`,
          publicNotes: kind === 'visit' ? 'Bekväma skor; fotografering endast med tillstånd.' : '',
          internalNotes: kind === 'meeting' ? 'Protokollet: ordföranden talar först, gåvor överlämnas i slutet.' : '',
          details: kind === 'transfer' ? { from: 'Hotellet', to: venue, vehicle: 'Två bussar med skyltarna A och B' } : {},
          contactIds: kind === 'transfer' ? random.sample(book.driverContactIds, 1) : kind === 'visit' ? random.sample(book.chineseContactIds, 1) : [],
          ...track(t),
        });
        if (kind === 'meeting' || kind === 'visit') {
          meetingItemIds.push(id);
          write.meeting(id, {
            hostOrganisationId: random.pick(book.chineseOrganisationIds),
            counterpartIds: random.sample(book.chineseContactIds, random.int(2, 4)),
            counterpartLanguage: place.zone === JP ? 'ja' : 'zh',
            interpreterMemberId: place.zone === JP ? null : interpreters[t]!,
            interpreterContactId: place.zone === JP ? random.pick(book.interpreterContactIds) : null,
            agenda: `1. Välkomstord\n2. ${topic}: läget hos värdarna\n3. Svenska erfarenheter\n4. Fortsatt samarbete`,
            talkingPoints: `Lyft vänortsavtalet och ${topic.toLowerCase()}; föreslå en gemensam förstudie.`,
            giftsGiven: 'Glasskål från Orrefors',
            dressCode: 'Kavaj',
            followUps: [
              { id: random.uuid(), text: `Skicka presentationen om ${topic.toLowerCase()}`, owner: 'Internationella enheten', dueDate: addDays(date, 14), done: false },
              ...(random.chance(0.5) ? [{ id: random.uuid(), text: 'Boka uppföljande videomöte', owner: 'Kansliet', dueDate: addDays(date, 30), done: false }] : []),
            ],
          });
        }
      }
    }

    // Slot 29: the hotel on the evening of arrival in a city, the flight home, or the briefing.
    if (day === 1) hotel(date, 5, 'Beijing', CN);
    else if (day === 6) hotel(date, 5, 'Shanghai', CN);
    else if (day === 11) hotel(date, 4, 'Chengdu', CN, track(0));
    else if (day === 12) hotel(addDays(date, -1), 2, 'Tokyo', JP, track(1));
    else if (day === days) flight('Flyg Chengdu → Stockholm', at(date, 23 * 60 + 55), CN, at(addDays(date, 1), 6 * 60 + 40), SE, 'Chengdu Tianfu (TFU)', 'Stockholm Arlanda (ARN)');
    else item({ kind: 'event', title: 'Kvällsgenomgång för delegationen', startLocal: at(date, 21 * 60 + 30), startZone: here.zone, endLocal: at(date, 22 * 60), endZone: here.zone, location: { venue: 'Hotellets konferensrum', city: here.city }, internalNotes: 'Gå igenom morgondagens protokoll och gåvor.', ...(day === 12 ? track(0) : all) });
  }
  writeBudget(random, write, tripId, memberIds, itemIds, start);
  writeAttachmentsAndGifts(random, write, tripId, memberIds, meetingItemIds);
  return { tripId, title, memberIds, trackA: tracks[0]!, itemIds, meetingItemIds };
}

/**
 * The state visit's budget: a grant and the municipalities' share, each member's flights and
 * per diem rates for both countries (so the budget computes 60 members' per diem from the
 * programme), and a cost in yuan or yen for every other programme item: 270 cost lines.
 */
function writeBudget(random: Random, write: Writer, tripId: string, memberIds: string[], itemIds: string[], start: string): void {
  const grant = random.uuid();
  write.fundingSource(grant, { tripId, name: 'ICLD kommunala partnerskap', reference: 'ICLD 2019-042', amountMinor: 2_700_000_00 });
  write.fundingSource(random.uuid(), { tripId, name: 'Kommunernas egen budget', amountMinor: 900_000_00 });
  write.perDiemRates([
    { country: 'CN', year: 2019, amountSekMinor: 895_00, source: 'Skatteverket 2019 (bench)' },
    { country: 'JP', year: 2019, amountSekMinor: 775_00, source: 'Skatteverket 2019 (bench)' },
  ]);
  for (const memberId of memberIds) {
    write.costLine(random.uuid(), {
      tripId, category: 'travel', description: 'Flyg ARN–PEK, CTU–ARN', plannedMinor: random.int(9_000, 14_000) * 100,
      actualMinor: random.chance(0.7) ? random.int(9_000, 15_000) * 100 : null, payer: 'grant', fundingSourceId: grant, memberId, date: start,
    });
  }
  itemIds.forEach((itemId, index) => {
    if (index % 2 !== 0) return;
    const yen = random.chance(0.1);
    write.costLine(random.uuid(), {
      tripId, category: random.pick(['venue', 'interpreters', 'local_transport', 'gifts', 'other'] as const), description: `Kostnad ${index}`,
      plannedMinor: random.int(500, 20_000) * (yen ? 1 : 100), currency: yen ? 'JPY' : 'CNY', rateToSek: yen ? '0.0871' : '1.3842',
      payer: random.chance(0.5) ? 'grant' : 'municipality', fundingSourceId: grant, itemId, date: addDays(start, Math.floor(index / 30)),
    });
  });
}

/**
 * What a real delegation carries: each member's e-ticket and visa scan (the e-ticket the same
 * file for all, stored once), an agenda per meeting, a few trip-level documents, and a gift for
 * every meeting. Small files (a few kB each): the point is the rows, and that the workspace load
 * does not read the bytes.
 */
function writeAttachmentsAndGifts(random: Random, write: Writer, tripId: string, memberIds: string[], meetingItemIds: string[]): void {
  const bytes = (text: string, size: number) => Buffer.from(text.padEnd(size, '·')).toString('base64');
  const ticket = bytes('E-ticket SK 997 ARN–PEK', 4_000);
  memberIds.forEach((memberId, i) => {
    write.attachment(random.uuid(), { tripId, memberId, fileName: 'e-biljett.pdf', content: ticket });
    write.attachment(random.uuid(), { tripId, memberId, fileName: `visum ${i}.jpg`, content: bytes(`visa ${i}`, 6_000) });
  });
  meetingItemIds.forEach((itemId, i) => {
    write.attachment(random.uuid(), { tripId, itemId, fileName: `dagordning ${i}.pdf`, content: bytes(`agenda ${i}`, 3_000) });
    write.gift(random.uuid(), { tripId, direction: 'given', itemId, description: 'Glasskål från Orrefors', valueOre: 120_000 });
  });
  for (const name of ['Inbjudan.pdf', 'Hotellvoucher.pdf', 'Försäkringsbrev.pdf']) {
    write.attachment(random.uuid(), { tripId, fileName: name, content: bytes(name, 20_000) });
  }
}
