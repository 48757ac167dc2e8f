import type { DelegationRole } from '../../shared/domain/member';
import type { ItemKind } from '../../shared/domain/item';
import type { AddressBook } from './address-book';
import { CITIES, MEETING_TOPICS, PARTIES, SWEDISH_CITIES, SWEDISH_TITLES, swedishName, chineseName, VENUES } from './names';
import type { Random } from './random';
import { addDays, at, type Writer } from './writer';

const HOME = 'Europe/Stockholm';
const KINDS: ItemKind[] = ['meeting', 'visit', 'meal', 'transfer', 'meeting', 'visit', 'event', 'free_time', 'other'];
const STATUSES = ['draft', 'confirmed', 'completed', 'completed', 'completed', 'cancelled'] as const;

/**
 * The office's history: `count` ordinary trips over about twenty years, outgoing (to China,
 * Japan, Korea, Vietnam, Kenya, Namibia, Estonia, Germany) and incoming, each with a handful of
 * members and a programme of 2–5 items a day between the flights out and home.
 */
export function writeTrips(random: Random, write: Writer, book: AddressBook, count: number): string[] {
  const ids: string[] = [];
  for (let t = 0; t < count; t++) {
    const tripId = random.uuid();
    ids.push(tripId);
    const outgoing = random.chance(0.7);
    const [city, cityNative, zone, country] = random.pick(CITIES);
    const homeCity = random.pick(SWEDISH_CITIES);
    const days = random.int(3, 9);
    const start = addDays('2006-01-09', random.int(0, 20 * 365));
    const end = addDays(start, days - 1);
    const year = start.slice(0, 4);
    write.trip(tripId, {
      title: outgoing ? `${homeCity} → ${city} ${year}` : `Delegation från ${city} till ${homeCity} ${year}`,
      direction: outgoing ? 'outgoing' : 'incoming',
      purpose: `${random.pick(MEETING_TOPICS)} och ${random.pick(MEETING_TOPICS).toLowerCase()}: fortsatt samarbete inom vänortsavtalet.`,
      sendingOrganisation: outgoing ? `${homeCity} kommun` : `${city} People's Government`,
      hostingOrganisation: outgoing ? `${city} People's Government` : `${homeCity} kommun`,
      destinations: outgoing ? [{ city, nativeName: cityNative, country, timeZone: zone }] : [{ city: homeCity, country: 'SE', timeZone: HOME }],
      startDate: start,
      endDate: end,
      homeTimeZone: HOME,
      status: random.pick(STATUSES),
      fundingReference: random.chance(0.4) ? `ICLD ${year}-${random.int(100, 999)}` : '',
    });

    const memberIds: string[] = [];
    const size = random.int(3, 14);
    for (let m = 0; m < size; m++) {
      const id = random.uuid();
      const person = outgoing ? swedishName(random) : chineseName(random);
      const role: DelegationRole = m === 0 ? 'head' : m === size - 1 ? 'staff' : random.pick(['member', 'member', 'member', 'staff', 'press']);
      write.member(id, {
        tripId,
        name: person.name,
        nativeName: person.nativeName,
        title: random.pick(SWEDISH_TITLES),
        organisation: `${homeCity} kommun`,
        party: outgoing && role !== 'staff' ? random.pick(PARTIES) : '',
        role,
        email: outgoing ? `${person.handle}@${homeCity.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '')}.se` : '',
        passportExpiry: addDays(start, random.int(100, 3000)),
        visaStatus: outgoing && country === 'CN' ? 'granted' : 'not_required',
      });
      memberIds.push(id);
    }

    const placeZone = outgoing ? zone : HOME;
    const place = outgoing ? city : homeCity;
    if (outgoing) {
      write.item(random.uuid(), {
        tripId,
        kind: 'flight',
        title: `Flyg Stockholm → ${city}`,
        startLocal: at(start, 7 * 60 + 30),
        startZone: HOME,
        endLocal: null,
        endZone: zone,
        details: { carrier: random.pick(['SAS', 'Air China', 'Finnair', 'Lufthansa']), number: `XX ${random.int(100, 999)}`, from: 'Stockholm Arlanda (ARN)', to: city },
      });
    }
    for (let d = 1; d < days - 1; d++) {
      const date = addDays(start, d);
      const perDay = random.int(2, 5);
      for (let s = 0; s < perDay; s++) {
        const kind = random.pick(KINDS);
        const itemId = random.uuid();
        const subset = random.chance(0.3) ? random.sample(memberIds, Math.max(1, Math.floor(memberIds.length / 2))) : null;
        const topic = random.pick(MEETING_TOPICS);
        const startMinutes = 8 * 60 + s * 150;
        write.item(itemId, {
          tripId,
          kind,
          title: kind === 'meal' ? `Lunch med värdarna` : kind === 'transfer' ? `Transfer till ${random.pick(VENUES).toLowerCase()}` : `${topic}: ${random.pick(['möte', 'studiebesök', 'presentation', 'workshop'])}`,
          startLocal: at(date, startMinutes),
          startZone: placeZone,
          endLocal: at(date, startMinutes + 90),
          location: { venue: random.pick(VENUES), city: place, address: `${random.int(1, 200)} Main Street, ${place}` },
          description: random.chance(0.5) ? `Genomgång av ${topic.toLowerCase()} med presentation av pågående projekt.` : '',
          allMembers: subset === null,
          participantIds: subset ?? [],
          contactIds: kind === 'transfer' && book.driverContactIds.length ? [random.pick(book.driverContactIds)] : [],
        });
        if (kind === 'meeting' || kind === 'visit') {
          write.meeting(itemId, {
            hostOrganisationId: random.pick(book.chineseOrganisationIds),
            counterpartIds: random.sample(book.chineseContactIds, random.int(1, 3)),
            counterpartLanguage: outgoing && country === 'CN' ? 'zh' : '',
            agenda: `1. Välkommen\n2. ${topic}\n3. Nästa steg`,
          });
        }
      }
    }
    if (outgoing && days > 1) {
      write.item(random.uuid(), {
        tripId,
        kind: 'flight',
        title: `Flyg ${city} → Stockholm`,
        startLocal: at(end, 10 * 60),
        startZone: zone,
        endLocal: null,
        endZone: HOME,
        details: { from: city, to: 'Stockholm Arlanda (ARN)' },
      });
    }
  }
  return ids;
}
