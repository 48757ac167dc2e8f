import { addAttachment } from '../../core/services/attachments';
import { createGift } from '../../core/services/gifts';
import type Database from 'better-sqlite3';
import { contract, type OperationInput, type OperationName, type ParsedInput } from '../../shared/api/contract';
import type { MeetingDetailsInput } from '../../shared/domain/meeting';
import { createContact } from '../../core/services/contacts';
import { createGroup } from '../../core/services/groups';
import { createItem } from '../../core/services/items';
import { updateMeeting } from '../../core/services/meetings';
import { createMember } from '../../core/services/members';
import { createOrganisation } from '../../core/services/organisations';
import { createTrip } from '../../core/services/trips';
import { createCostLine, createFundingSource } from '../../core/services/budget';
import { saveRates } from '../../core/services/per-diem';

/**
 * Writes benchmark data through the contract's schemas and the same service functions that
 * dispatch calls, with ids from the seeded source (so the data is the same on every run). Call
 * inside one transaction: generation is not timed, but it should not take minutes either.
 */
export type Writer = ReturnType<typeof dataWriter>;

function parse<K extends OperationName>(name: K, input: OperationInput<K>): ParsedInput<K> {
  return contract[name].input.parse(input) as ParsedInput<K>;
}

export function dataWriter(db: Database.Database) {
  return {
    organisation(id: string, input: OperationInput<'organisations:create'>): void {
      createOrganisation(db, parse('organisations:create', input), id);
    },
    contact(id: string, input: OperationInput<'contacts:create'>): void {
      createContact(db, parse('contacts:create', input), id);
    },
    trip(id: string, input: OperationInput<'trips:create'>): void {
      createTrip(db, parse('trips:create', input), id);
    },
    member(id: string, input: OperationInput<'members:create'>): void {
      createMember(db, parse('members:create', input), id);
    },
    group(id: string, input: OperationInput<'groups:create'>): void {
      createGroup(db, parse('groups:create', input), id);
    },
    item(id: string, input: OperationInput<'items:create'>): void {
      createItem(db, parse('items:create', input), id);
    },
    meeting(itemId: string, patch: MeetingDetailsInput): void {
      updateMeeting(db, parse('meetings:update', { itemId, patch }));
    },
    fundingSource(id: string, input: OperationInput<'budget:createSource'>): void {
      createFundingSource(db, parse('budget:createSource', input), id);
    },
    costLine(id: string, input: OperationInput<'budget:createLine'>): void {
      createCostLine(db, parse('budget:createLine', input), id);
    },
    perDiemRates(rates: OperationInput<'perDiem:saveRates'>['rates']): void {
      saveRates(db, parse('perDiem:saveRates', { rates }).rates);
    },
    attachment(id: string, input: OperationInput<'attachments:add'>): void {
      addAttachment(db, parse('attachments:add', input), id);
    },
    gift(id: string, input: OperationInput<'gifts:create'>): void {
      createGift(db, parse('gifts:create', input), id);
    },
  };
}

/** "2019-05-06" + minutes after midnight → "2019-05-06T08:50" (minutes may pass midnight). */
export function at(date: string, minutes: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCMinutes(minutes);
  return day.toISOString().slice(0, 16);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
