import fs from 'node:fs';
import path from 'node:path';
import { openCore } from '../../core/core';
import { exportTrip } from '../../core/sharing';
import { chineseName, MEETING_TOPICS, swedishName, VENUES } from './names';
import { Random } from './random';
import { addDays, at, dataWriter } from './writer';
import { databaseOf } from '../../core/db/raw-handle';

/**
 * A trip file of about 10 MB: a long exchange programme (150 members, ~5,000 items with
 * descriptions, ~1,700 meetings with agendas, minutes and follow-ups, 400 contacts of its own)
 * written in a scratch database and exported as a `.delegation` file. Importing it into the
 * benchmark database adds a new trip and new contacts.
 */
/** Days of 30 items: sized so the file comes to about 10 MB. */
const DAYS = 172;

export function buildTenMegabyteTripFile(dir: string, seed: number): { content: string; tripId: string; contactIds: string[]; organisationIds: string[] } {
  const dbPath = path.join(dir, 'ten-megabytes.sqlite');
  fs.rmSync(dbPath, { force: true });
  const core = openCore(dbPath);
  try {
    databaseOf(core).pragma('synchronous = OFF');
    const random = new Random(seed);
    const write = dataWriter(databaseOf(core));
    const tripId = random.uuid();
    const organisationIds: string[] = [];
    const contactIds: string[] = [];
    databaseOf(core).transaction(() => {
      for (let i = 0; i < 40; i++) {
        const id = random.uuid();
        write.organisation(id, { name: `Exchange partner ${i + 1}`, nativeName: `交流伙伴${i + 1}`, city: 'Wuxi', country: 'CN' });
        organisationIds.push(id);
      }
      for (let i = 0; i < 400; i++) {
        const id = random.uuid();
        const person = chineseName(random);
        write.contact(id, { name: `${person.name} (${i})`, nativeName: person.nativeName, organisationId: random.pick(organisationIds), role: 'host', email: `${person.handle}.${i}@partner.example.cn` });
        contactIds.push(id);
      }
      const start = '2021-03-01';
      write.trip(tripId, {
        title: 'Utbytesprogram Wuxi–Södertälje 2021 (ett år)',
        direction: 'incoming',
        purpose: 'Ett års utbytesprogram för lärare, tjänstepersoner och politiker.',
        destinations: [{ city: 'Södertälje', country: 'SE', timeZone: 'Europe/Stockholm' }],
        startDate: start,
        endDate: addDays(start, DAYS),
        homeTimeZone: 'Europe/Stockholm',
        status: 'confirmed',
      });
      const members: string[] = [];
      for (let i = 0; i < 150; i++) {
        const id = random.uuid();
        const person = i % 3 === 0 ? swedishName(random) : chineseName(random);
        write.member(id, { tripId, name: `${person.name} ${i}`, nativeName: person.nativeName, title: 'Deltagare', role: i === 0 ? 'head' : 'member', notes: 'Deltar i hela programmet. '.repeat(4) });
        members.push(id);
      }
      for (let day = 0; day < DAYS; day++) {
        const date = addDays(start, day);
        for (let slot = 0; slot < 30; slot++) {
          const id = random.uuid();
          const kind = slot % 3 === 0 ? 'meeting' : slot % 3 === 1 ? 'visit' : 'meal';
          const topic = random.pick(MEETING_TOPICS);
          write.item(id, {
            tripId,
            kind,
            title: `${topic}: ${random.pick(VENUES)} (${day + 1}:${slot + 1})`,
            startLocal: at(date, 7 * 60 + slot * 30),
            startZone: 'Europe/Stockholm',
            endLocal: at(date, 7 * 60 + slot * 30 + 25),
            location: { venue: random.pick(VENUES), city: 'Södertälje', address: `Storgatan ${random.int(1, 80)}, Södertälje` },
            description: `${topic}: genomgång, diskussion och studiebesök. `.repeat(4),
            publicNotes: 'Samling i foajén tio minuter före start.',
            allMembers: slot % 4 === 0,
            participantIds: slot % 4 === 0 ? [] : random.sample(members, 12),
            contactIds: random.sample(contactIds, 2),
          });
          if (kind === 'meeting' && slot % 2 === 0) {
            write.meeting(id, {
              hostOrganisationId: random.pick(organisationIds),
              counterpartIds: random.sample(contactIds, 3),
              counterpartLanguage: 'zh',
              agenda: `1. Välkommen\n2. ${topic}\n3. Frågor\n4. Nästa steg`,
              minutes: `Parterna gick igenom ${topic.toLowerCase()} och enades om fortsatt arbete. `.repeat(3),
              followUps: [{ id: random.uuid(), text: 'Skicka underlag', owner: 'Kansliet', dueDate: addDays(date, 10), done: false }],
            });
          }
        }
      }
    })();
    const file = databaseOf(core).transaction(() => exportTrip(databaseOf(core), tripId))();
    return { content: file.content, tripId, contactIds, organisationIds };
  } finally {
    core.close();
  }
}
