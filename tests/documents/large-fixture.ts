import type { Core } from '../../core';
import type { Contact, Organisation } from '../../shared/domain/contact';
import type { Item } from '../../shared/domain/item';
import type { Member } from '../../shared/domain/member';
import type { Trip } from '../../shared/domain/trip';

/**
 * A state-visit-sized programme built through the API contract: 60 members in two tracks (the
 * groups "Spår A" and "Spår B"), 14 days of 30 items — a breakfast for all, 28 track items
 * (meetings and visits with counterparts, an interpreter and a four-point agenda; transfers,
 * meals, seminars) and an evening briefing for all but two. Like the bench's large trip, so the
 * page count measured here is the one the bench reports.
 */
export interface LargeFixture {
  tripId: string;
  members: Member[];
  trackA: string[];
  /** The two who skip the evening briefings. */
  absentInTheEvening: Member[];
  itemCount: number;
}

function must<T>(core: Core, name: string, input: unknown): T {
  const result = core.dispatch(name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value as T;
}

const CN = 'Asia/Shanghai';
const FIRST = ['Anna', 'Åsa', 'Björn', 'Örjan', 'Märta', 'Lars', 'Ulla', 'Håkan', 'Sofia', 'Gösta'];
const LAST = ['Lundin', 'Strömberg', 'Ek', 'Holm', 'Öberg', 'Wikström', 'Nyström', 'Sandberg', 'Bergström', 'Åkesson'];
const CITIES = [
  { city: 'Beijing', native: '北京' },
  { city: 'Shanghai', native: '上海' },
  { city: 'Chengdu', native: '成都' },
];
const TOPICS = ['Vattenrening', 'Skolutbyte', 'Kollektivtrafik', 'Smarta städer', 'Äldreomsorg', 'Robotik', 'Energi'];
const KINDS = ['meeting', 'visit', 'transfer', 'meeting', 'meal', 'visit', 'event'] as const;
const pad = (n: number) => String(n).padStart(2, '0');
const at = (date: string, minutes: number) => `${date}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export function createLargeFixture(core: Core): LargeFixture {
  const trip = must<Trip>(core, 'trips:create', {
    title: 'Statsbesök i Kina: hållbara städer',
    direction: 'outgoing',
    purpose: 'Statsbesök med kommunala företrädare: vatten, energi och utbildning.',
    sendingOrganisation: 'Sveriges Kommuner och Regioner',
    hostingOrganisation: 'Chinese People’s Association for Friendship with Foreign Countries',
    destinations: CITIES.map((c) => ({ city: c.city, nativeName: c.native, country: 'CN', timeZone: CN })),
    startDate: '2019-05-05',
    endDate: '2019-05-19',
    homeTimeZone: 'Europe/Stockholm',
    status: 'confirmed',
  });
  const tripId = trip.id;
  const members = Array.from({ length: 60 }, (_, i) =>
    must<Member>(core, 'members:create', {
      tripId,
      name: `${FIRST[i % 10]} ${LAST[Math.floor(i / 10) % 10]}`,
      title: i === 0 ? 'Kommunstyrelsens ordförande' : 'Ledamot',
      party: i < 40 ? ['S', 'M', 'C', 'L', 'V', 'MP'][i % 6] : '',
      role: i === 0 ? 'head' : i < 40 ? 'member' : 'staff',
      organisation: 'Västerås stad',
    }),
  );
  const tracks = [members.filter((_, i) => i % 2 === 0).map((m) => m.id), members.filter((_, i) => i % 2 === 1).map((m) => m.id)];
  must(core, 'groups:create', { tripId, name: 'Spår A', memberIds: tracks[0] });
  must(core, 'groups:create', { tripId, name: 'Spår B', memberIds: tracks[1] });
  const absentInTheEvening = [members[7]!, members[42]!];
  const eveningIds = members.filter((m) => !absentInTheEvening.includes(m)).map((m) => m.id);

  const organisation = must<Organisation>(core, 'organisations:create', { name: 'Beijing Foreign Affairs Office', nativeName: '北京市人民政府外事办公室', city: 'Beijing', country: 'CN' });
  const counterparts = ['Wang Li 王丽', 'Zhang Wei 张伟', 'Liu Yang 刘洋', 'Chen Jing 陈静'].map((full) => {
    const [latin1, latin2, native] = full.split(' ');
    return must<Contact>(core, 'contacts:create', { name: `${latin1} ${latin2}`, nativeName: native, title: 'Director', organisationId: organisation.id, role: 'host' });
  });

  let itemCount = 0;
  const item = (input: Record<string, unknown>) => {
    itemCount += 1;
    return must<Item>(core, 'items:create', { tripId, ...input });
  };
  for (let day = 1; day <= 14; day++) {
    const date = addDays('2019-05-05', day);
    const place = CITIES[Math.min(2, Math.floor((day - 1) / 5))]!;
    item({ kind: 'meal', title: 'Frukost och dagens genomgång', startLocal: at(date, 6 * 60 + 45), startZone: CN, endLocal: at(date, 7 * 60 + 40), location: { venue: 'Hotellets restaurang', city: place.city } });
    for (let t = 0; t < 2; t++) {
      for (let slot = 0; slot < 14; slot++) {
        const minutes = 8 * 60 + slot * 50;
        const kind = KINDS[(slot + t + day) % KINDS.length]!;
        const topic = TOPICS[(slot * 3 + day + t) % TOPICS.length]!;
        const created = item({
          kind,
          title: kind === 'meal' ? `Lunch med värdarna i ${place.city}` : kind === 'transfer' ? 'Transfer till nästa besök' : `${topic}: ${kind === 'visit' ? 'studiebesök' : 'möte'} (${place.city})`,
          startLocal: at(date, minutes),
          startZone: CN,
          endLocal: at(date, minutes + 45),
          location: { venue: `Kongresscentret, ${place.city}`, city: place.city, address: `${slot + 1} Jianguo Road, ${place.city}`, addressLocal: `${place.native}建国路${slot + 1}号` },
          description: `Program för ${topic.toLowerCase()}: presentationer från värdarna, frågor och en kort rundvandring.`,
          details: kind === 'transfer' ? { from: 'Hotellet', to: 'Kongresscentret', vehicle: 'Två bussar med skyltarna A och B' } : {},
          allMembers: false,
          participantIds: tracks[t],
        });
        if (kind === 'meeting' || kind === 'visit') {
          must(core, 'meetings:update', {
            itemId: created.id,
            patch: {
              hostOrganisationId: organisation.id,
              counterpartIds: counterparts.slice(0, 2 + (slot % 3)).map((c) => c.id),
              interpreterMemberId: members[50 + t]!.id,
              agenda: `1. Välkomstord\n2. ${topic}: läget hos värdarna\n3. Svenska erfarenheter\n4. Fortsatt samarbete`,
            },
          });
        }
      }
    }
    item({ kind: 'event', title: 'Kvällsgenomgång för delegationen', startLocal: at(date, 21 * 60 + 30), startZone: CN, endLocal: at(date, 22 * 60), location: { venue: 'Hotellets konferensrum', city: place.city }, allMembers: false, participantIds: eveningIds });
  }
  return { tripId, members, trackA: tracks[0]!, absentInTheEvening, itemCount };
}
