import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentLabels } from '../../shared/documents/labels';
import { DocumentLanguage } from '../../shared/documents/options';
import {
  expandSummary,
  NAME_SEPARATOR,
  summariseParticipants,
  summaryText,
  textLength,
  type ParticipantGroup,
} from '../../shared/documents/participants';

interface Person {
  id: string;
  name: string;
}
const nameOf = (p: Person) => p.name;

/** A delegation of 1–40 people (Latin and Chinese names, some described by role), some groups of them, and who attends. */
const plan = fc
  .array(fc.oneof(fc.string({ minLength: 1, maxLength: 24 }), fc.constantFrom('王伟', 'Anna Berg', 'Projektledare, kontaktcenter', 'Å')), { minLength: 1, maxLength: 40 })
  .chain((names) => {
    const people: Person[] = names.map((name, i) => ({ id: `m${i}`, name }));
    const subset = fc.subarray(people.map((p) => p.id));
    return fc.record({
      people: fc.constant(people),
      attending: fc.oneof(subset, fc.constant(people.map((p) => p.id))),
      groups: fc.array(fc.record({ name: fc.string({ minLength: 1, maxLength: 30 }), memberIds: subset }), { maxLength: 4 }),
      lang: fc.constantFrom(...DocumentLanguage.options),
    });
  })
  .map(({ people, attending, groups, lang }) => ({
    people,
    attending: people.filter((p) => attending.includes(p.id)),
    groups: groups.map((g, i): ParticipantGroup => ({ id: `g${i}`, ...g })),
    lang,
  }));

describe('the participants summary', () => {
  it('names exactly the attending people, and is never longer than the plain list, for every delegation, group and language', () => {
    fc.assert(
      fc.property(plan, ({ people, attending, groups, lang }) => {
        fc.pre(attending.length > 0);
        const t = documentLabels[lang];
        const summary = summariseParticipants(attending, people, groups, t, nameOf);
        expect([...expandSummary(summary, people)].sort()).toEqual(attending.map((p) => p.id).sort());
        const plain = attending.map(nameOf).join(NAME_SEPARATOR);
        expect(textLength(summaryText(summary, t, nameOf))).toBeLessThanOrEqual(textLength(plain));
      }),
      { numRuns: 500 },
    );
  });

  it('says a group’s name, "alla", or "alla utom …" where that is shorter', () => {
    const people = Array.from({ length: 10 }, (_, i) => ({ id: `m${i}`, name: `Medlem nummer ${i}` }));
    const trackA: ParticipantGroup = { id: 'a', name: 'Spår A', memberIds: people.slice(0, 5).map((p) => p.id) };
    const sv = documentLabels.sv;
    const say = (attending: Person[], groups: ParticipantGroup[] = [trackA]) =>
      summaryText(summariseParticipants(attending, people, groups, sv, nameOf), sv, nameOf);
    expect(say(people.slice(0, 5))).toBe('Spår A');
    expect(say(people)).toBe('alla');
    expect(say(people.slice(1))).toBe('alla utom Medlem nummer 0');
    expect(say(people.filter((_, i) => i !== 3 && i !== 7))).toBe('alla utom Medlem nummer 3; Medlem nummer 7');
    expect(say(people.slice(0, 2))).toBe('Medlem nummer 0; Medlem nummer 1');
    expect(summaryText(summariseParticipants(people.slice(2), people, [], documentLabels.zh, nameOf), documentLabels.zh, nameOf)).toBe(
      '除Medlem nummer 0; Medlem nummer 1外全体成员',
    );
    expect(say(people, [])).toBe('alla');
    expect(summaryText(summariseParticipants(people.slice(1), people, [], documentLabels['sv+en'], nameOf), documentLabels['sv+en'], nameOf)).toBe(
      'alla utom Medlem nummer 0 / everyone except Medlem nummer 0',
    );
  });

  it('keeps the list when a group with the same people has a longer name', () => {
    const people = [{ id: 'a', name: 'Li' }, { id: 'b', name: 'Bo' }, { id: 'c', name: 'Ek' }];
    const group: ParticipantGroup = { id: 'g', name: 'Gruppen som åker vidare till Shenyang', memberIds: ['a'] };
    const summary = summariseParticipants([people[0]!], people, [group], documentLabels.sv, nameOf);
    expect(summary).toEqual({ kind: 'list', members: [people[0]] });
  });
});
