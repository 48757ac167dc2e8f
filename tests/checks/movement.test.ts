import { describe, expect, it } from 'vitest';
import { SE, WorkspaceBuilder } from './builder';

const kinds = ['arrival-too-tight', 'meeting-before-arrival', 'city-change-too-tight'] as const;

function arriving(to = 'Jinan Yaoqiang (TNA)') {
  const b = new WorkspaceBuilder({ startDate: '2017-10-28', endDate: '2017-11-04' });
  b.membersNamed('anna', 'bo');
  b.item('flight', {
    kind: 'flight',
    title: 'Flyg Peking → Jinan',
    start: '2017-10-29T07:30',
    end: '2017-10-29T08:40',
    location: { venue: '', address: '', city: '' },
    details: { from: 'Beijing Capital (PEK)', to },
  });
  return b;
}

describe('arrival buffer', () => {
  it('a meeting 89 minutes after a flight lands in its city warns; 90 minutes is enough', () => {
    const tight = arriving();
    tight.item('meeting', { title: 'Styrgrupp', start: '2017-10-29T10:09', end: '2017-10-29T11:00' });
    const [r] = tight.find([...kinds]);
    expect(r).toMatchObject({
      id: 'arrival-too-tight:flight:meeting',
      severity: 'warning',
      memberIds: ['anna', 'bo'],
      itemIds: ['flight', 'meeting'],
      target: { screen: 'programme', itemId: 'meeting', field: 'time' },
      date: '2017-10-29',
    });
    expect(r!.message.en).toBe(
      'The whole delegation: “Styrgrupp” starts Sun 29 Oct 10:09, only 89 min after “Flyg Peking → Jinan” arrives (Sun 29 Oct 08:40); allow at least 90 min.',
    );
    expect(r!.message.sv).toBe(
      'Hela delegationen: ”Styrgrupp” börjar sön 29 okt 10:09, bara 89 min efter att ”Flyg Peking → Jinan” kommer fram (sön 29 okt 08:40); räkna med minst 90 min.',
    );

    const enough = arriving();
    enough.item('meeting', { start: '2017-10-29T10:10', end: '2017-10-29T11:00' });
    expect(enough.find([...kinds])).toEqual([]);
  });

  it('the buffer is a setting, and trains have their own (30 min)', () => {
    const b = arriving();
    b.item('meeting', { start: '2017-10-29T10:10', end: '2017-10-29T11:00' });
    expect(b.find([...kinds], { flightBufferMinutes: 120 })).toHaveLength(1);

    const train = new WorkspaceBuilder();
    train.member('anna');
    train.item('train', { kind: 'train', start: '2017-11-02T08:00', end: '2017-11-02T12:00', details: { from: 'Jinan', to: 'Shenyang North' } });
    train.item('visit', { kind: 'visit', start: '2017-11-02T12:29', end: '2017-11-02T14:00', city: 'Shenyang' });
    expect(train.find([...kinds]).map((r) => r.kind)).toEqual(['arrival-too-tight']);
    train.items[1]!.startLocal = '2017-11-02T12:30';
    expect(train.find([...kinds])).toEqual([]);
    expect(train.find([...kinds], { trainBufferMinutes: 31 })).toHaveLength(1);
  });

  it('a flight whose arrival city is unknown is taken to land where they meet next', () => {
    const b = arriving('Terminal 2');
    b.item('meeting', { start: '2017-10-29T09:30', end: '2017-10-29T11:00' });
    expect(b.find([...kinds]).map((r) => r.kind)).toEqual(['arrival-too-tight']);
  });

  it('a planned transfer does not shorten the buffer; meals and events are not held to it', () => {
    const b = arriving();
    b.item('bus', { kind: 'transfer', start: '2017-10-29T08:50', end: '2017-10-29T09:40', details: { from: 'Airport', to: 'Hotel' } });
    b.item('meeting', { start: '2017-10-29T10:00', end: '2017-10-29T11:00' });
    expect(b.find([...kinds]).map((r) => r.id)).toEqual(['arrival-too-tight:flight:meeting']);

    const meal = arriving();
    meal.item('welcome', { kind: 'meal', start: '2017-10-29T09:00', end: '2017-10-29T10:00' });
    expect(meal.find([...kinds])).toEqual([]);
  });

  it('a meeting during the flight is an overlap, not an arrival problem', () => {
    const b = arriving();
    b.item('meeting', { start: '2017-10-29T08:00', end: '2017-10-29T09:00' });
    expect(b.run().filter((r) => r.itemIds.includes('meeting')).map((r) => r.kind)).toEqual(['overlap']);
  });
});

describe('meeting before arrival', () => {
  function shenyangTrip(meetingStart: string, meetingEnd: string) {
    const b = arriving();
    b.item('dinner', { kind: 'meal', start: '2017-10-29T18:00', end: '2017-10-29T20:00' });
    b.item('signing', { title: 'Avtal', start: meetingStart, end: meetingEnd, city: 'Shenyang' });
    b.item('train', { kind: 'train', title: 'Tåg Jinan → Shenyang', start: '2017-10-30T09:30', end: '2017-10-30T11:00', details: { from: 'Jinan West', to: 'Shenyang North' } });
    return b;
  }

  it('a meeting in Shenyang before the train that takes them there is an error (once)', () => {
    const b = shenyangTrip('2017-10-30T08:00', '2017-10-30T09:00');
    const found = b.find([...kinds]);
    expect(found.map((r) => [r.id, r.severity])).toEqual([['meeting-before-arrival:signing:train', 'error']]);
    expect(found[0]!.message.en).toBe(
      'The whole delegation: “Avtal” in Shenyang (Mon 30 Oct 08:00–09:00) comes before “Tåg Jinan → Shenyang”, which only arrives there Mon 30 Oct 11:00.',
    );
    expect(found[0]!.target).toEqual({ screen: 'programme', itemId: 'signing', field: 'time' });
  });

  it('after the train (and its buffer) the same meeting is fine', () => {
    const b = shenyangTrip('2017-10-30T11:30', '2017-10-30T12:30');
    expect(b.find([...kinds])).toEqual([]);
  });

  it('a meeting overlapping that train is reported only as an overlap', () => {
    const b = shenyangTrip('2017-10-30T09:00', '2017-10-30T10:00');
    expect(b.run().filter((r) => r.itemIds.includes('signing')).map((r) => r.kind)).toEqual(['overlap']);
  });
});

describe('city changes', () => {
  function twoCities(secondStart: string) {
    const b = new WorkspaceBuilder();
    b.membersNamed('anna', 'bo');
    b.item('jinan', { start: '2017-11-01T09:00', end: '2017-11-01T10:00', city: 'Jinan' });
    b.item('zibo', { title: 'Zibo', start: secondStart, end: '2017-11-01T13:00', city: 'Zibo' });
    return b;
  }

  it('59 minutes between items in two cities with no travel warns; 60 is enough', () => {
    const [r] = twoCities('2017-11-01T10:59').find([...kinds]);
    expect(r).toMatchObject({ id: 'city-change-too-tight:jinan:zibo', severity: 'warning', itemIds: ['jinan', 'zibo'] });
    expect(r!.message.sv).toBe(
      'Hela delegationen: ”Zibo” i Zibo (ons 1 nov 10:59–13:00) börjar 59 min efter ”jinan” i Jinan, utan någon resa planerad emellan; räkna med minst 60 min.',
    );
    expect(twoCities('2017-11-01T11:00').find([...kinds])).toEqual([]);
    expect(twoCities('2017-11-01T11:00').find([...kinds], { cityChangeBufferMinutes: 90 })).toHaveLength(1);
  });

  it('a travel item between them settles it', () => {
    const b = twoCities('2017-11-01T10:30');
    b.item('car', { kind: 'transfer', start: '2017-11-01T10:00', end: '2017-11-01T10:25', details: { from: 'Jinan', to: 'Zibo' } });
    expect(b.find([...kinds])).toEqual([]);
  });

  it('only members doing both are concerned', () => {
    const b = twoCities('2017-11-01T10:30');
    b.items[1]!.allMembers = false;
    b.items[1]!.participantIds = ['bo'];
    expect(b.find([...kinds]).map((r) => r.memberIds)).toEqual([['bo']]);
  });

  it('catching a train from another city right after a meeting warns', () => {
    const b = new WorkspaceBuilder();
    b.member('anna');
    b.item('jinan', { start: '2017-11-01T09:00', end: '2017-11-01T10:00' });
    b.item('train', { kind: 'train', start: '2017-11-01T10:30', end: '2017-11-01T15:00', details: { from: 'Shenyang North', to: 'Beijing' } });
    expect(b.find([...kinds]).map((r) => r.id)).toEqual(['city-change-too-tight:jinan:train']);
  });

  it('items without a city do not break the chain of where the member is', () => {
    const b = twoCities('2017-11-01T10:40');
    b.item('coffee', { kind: 'other', start: '2017-11-01T10:00', end: '2017-11-01T10:20', location: { venue: 'Café', city: '' } });
    const [r] = b.find([...kinds]);
    expect(r!.message.en).toContain('starts 20 min after');
  });

  it('counts across zones: a call in Stockholm time then a meeting in Jinan', () => {
    const b = new WorkspaceBuilder();
    b.member('anna');
    // 03:00 Stockholm (winter) = 10:00 Jinan.
    b.item('home', { start: '2017-11-01T02:00', end: '2017-11-01T03:00', zone: SE, city: 'Västerås' });
    b.item('jinan', { start: '2017-11-01T10:30', end: '2017-11-01T11:00' });
    expect(b.find([...kinds]).map((r) => r.message.en)).toEqual([
      'Anna: “jinan” in Jinan (Wed 1 Nov 10:30–11:00 Jinan time) starts 30 min after “home” in Västerås, with no travel planned between; allow at least 60 min.',
    ]);
  });
});
