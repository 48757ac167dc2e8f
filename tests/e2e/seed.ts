import type { Core } from '../../core/index';
import type { OperationInput, OperationName, OperationResult } from '../../shared/api/contract';

/** Run an operation through the core the way every transport does; fail the test on errors. */
export function call<K extends OperationName>(core: Core, name: K, input: OperationInput<K>): OperationResult<K> {
  // A generic name is answered as ApiResult<unknown> (core.ts): the value is this operation's.
  const result = core.dispatch(name as string, input);
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
  return result.value as OperationResult<K>;
}

export const OUTGOING_TITLE = 'Västerås delegation to Jinan and Shenyang';
export const INCOMING_TITLE = 'Wuxi delegation visiting Södertälje';

/**
 * The two trips the app is built around: Västerås travelling to Jinan and Shenyang, and
 * Södertälje hosting a delegation from Wuxi. Swedish and Chinese text on purpose, so the
 * screenshots show whether both scripts render.
 */
export function seedSampleTrips(core: Core): { outgoingId: string; incomingId: string } {
  const outgoing = call(core, 'trips:create', {
    title: OUTGOING_TITLE,
    direction: 'outgoing',
    purpose: 'Follow-up of the friendship-city agreement; energy and water management.',
    sendingOrganisation: 'Västerås stad',
    hostingOrganisation: 'Jinan Municipal People’s Government 济南市人民政府',
    destinations: [
      { city: 'Jinan', nativeName: '济南', country: 'CN', timeZone: 'Asia/Shanghai' },
      { city: 'Shenyang', nativeName: '沈阳', country: 'CN', timeZone: 'Asia/Shanghai' },
    ],
    startDate: '2017-10-28',
    endDate: '2017-11-04',
    status: 'confirmed',
  });
  for (const [name, role] of [
    ['Anna Östlund', 'head'],
    ['Björn Åkerlund', 'deputy_head'],
    ['Elin Sjöö', 'member'],
    ['Lars Ärlebrant', 'staff'],
    ['Wang Fang', 'interpreter'],
  ] as const) {
    call(core, 'members:create', { tripId: outgoing.id, name, role });
  }
  call(core, 'items:create', {
    tripId: outgoing.id,
    kind: 'flight',
    title: 'Stockholm – Jinan',
    startLocal: '2017-10-28T13:05',
    startZone: 'Europe/Stockholm',
    endLocal: '2017-10-29T09:40',
    endZone: 'Asia/Shanghai',
  });
  call(core, 'items:create', {
    tripId: outgoing.id,
    kind: 'meeting',
    title: 'Meeting with the Mayor of Jinan',
    startLocal: '2017-10-30T09:30',
    startZone: 'Asia/Shanghai',
    endLocal: '2017-10-30T11:00',
  });

  const incoming = call(core, 'trips:create', {
    title: INCOMING_TITLE,
    direction: 'incoming',
    sendingOrganisation: 'Wuxi Municipal People’s Government 无锡市人民政府',
    hostingOrganisation: 'Södertälje kommun',
    destinations: [{ city: 'Södertälje', nativeName: '', country: 'SE', timeZone: 'Europe/Stockholm' }],
    startDate: '2018-05-14',
    endDate: '2018-05-17',
  });
  for (const [name, nativeName] of [
    ['Zhang Wei', '张伟'],
    ['Li Na', '李娜'],
    ['Chen Jie', '陈杰'],
  ] as const) {
    call(core, 'members:create', { tripId: incoming.id, name, nativeName });
  }
  return { outgoingId: outgoing.id, incomingId: incoming.id };
}
