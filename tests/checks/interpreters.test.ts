import { describe, expect, it } from 'vitest';
import { SE, WorkspaceBuilder } from './builder';

const kinds = ['interpreter-missing', 'delegation-language-unknown'] as const;

function outgoing() {
  const b = new WorkspaceBuilder();
  b.membersNamed('anna', 'bo');
  b.item('meeting', { title: 'Styrgrupp', start: '2017-10-30T09:00', end: '2017-10-30T11:00' });
  return b;
}

describe('interpreter', () => {
  it('counterparts speaking Chinese and no interpreter: warning on the meeting', () => {
    const b = outgoing();
    b.meeting('meeting', { counterpartLanguage: 'zh' });
    const [r] = b.find([...kinds]);
    expect(r).toMatchObject({
      id: 'interpreter-missing:meeting',
      severity: 'warning',
      itemIds: ['meeting'],
      target: { screen: 'programme', itemId: 'meeting', field: 'interpreter' },
    });
    expect(r!.message.en).toBe('“Styrgrupp” (Mon 30 Oct 09:00–11:00): the counterparts speak Chinese, the delegation Swedish, and no interpreter is assigned.');
    expect(r!.message.sv).toBe('”Styrgrupp” (mån 30 okt 09:00–11:00): motparten talar kinesiska, delegationen svenska, och ingen tolk är utsedd.');
  });

  it('any interpreter settles it: named contact, named member, attending interpreter member, interpreter among contacts', () => {
    const contact = outgoing();
    contact.meeting('meeting', { counterpartLanguage: 'zh', interpreterContactId: 'x' });
    expect(contact.find([...kinds])).toEqual([]);

    const member = outgoing();
    member.meeting('meeting', { counterpartLanguage: 'zh', interpreterMemberId: 'anna' });
    expect(member.find([...kinds])).toEqual([]);

    const role = outgoing();
    role.member('tolk', { role: 'interpreter' });
    role.meeting('meeting', { counterpartLanguage: 'zh' });
    expect(role.find([...kinds])).toEqual([]);
    // ...but only if that interpreter attends.
    role.items[0]!.allMembers = false;
    role.items[0]!.participantIds = ['anna', 'bo'];
    expect(role.find([...kinds])).toHaveLength(1);

    const listed = outgoing();
    listed.contact('guide', { role: 'interpreter' });
    listed.items[0]!.contactIds = ['guide'];
    listed.meeting('meeting', { counterpartLanguage: 'zh' });
    expect(listed.find([...kinds])).toEqual([]);
  });

  it('a shared language needs no interpreter; tags and names are both understood', () => {
    const sv = outgoing();
    sv.meeting('meeting', { counterpartLanguage: 'sv-SE' });
    expect(sv.find([...kinds])).toEqual([]);

    const chineseAndEnglish = outgoing();
    chineseAndEnglish.meeting('meeting', { counterpartLanguage: 'Chinese, English' });
    expect(chineseAndEnglish.find([...kinds])).toHaveLength(1);
    expect(chineseAndEnglish.find([...kinds], { delegationLanguages: ['sv', 'en'] })).toEqual([]);
  });

  it('without counterpartLanguage, the counterpart contacts’ languages count; unknown means nothing to check', () => {
    const b = outgoing();
    b.contact('mayor', { languages: 'zh' });
    b.meeting('meeting', { counterpartIds: ['mayor'] });
    expect(b.find([...kinds])).toHaveLength(1);

    const unknown = outgoing();
    unknown.meeting('meeting', {});
    expect(unknown.find([...kinds])).toEqual([]);
  });

  it('only meetings and visits that members attend', () => {
    const meal = outgoing();
    meal.items[0]!.kind = 'meal';
    meal.meeting('meeting', { counterpartLanguage: 'zh' });
    expect(meal.find([...kinds])).toEqual([]);

    const nobody = outgoing();
    nobody.items[0]!.allMembers = false;
    nobody.meeting('meeting', { counterpartLanguage: 'zh' });
    expect(nobody.find([...kinds])).toEqual([]);
  });
});

describe('interpreter: incoming trips', () => {
  function incoming(nationality: string) {
    const b = new WorkspaceBuilder({
      direction: 'incoming',
      hostingOrganisation: 'Södertälje kommun',
      startDate: '2016-05-23',
      endDate: '2016-05-26',
      destinations: [{ city: 'Södertälje', nativeName: '', country: 'SE', timeZone: SE }],
    });
    b.member('vice-mayor', { role: 'head', nationality, organisation: 'Wuxi' });
    b.member('strategist', { role: 'staff', nationality: 'Swedish', organisation: 'Södertälje kommun', side: 'host' });
    b.item('visit', { kind: 'visit', title: 'AstraZeneca', start: '2016-05-25T09:00', end: '2016-05-25T11:30', zone: SE, city: 'Södertälje' });
    b.meeting('visit', { counterpartLanguage: 'sv' });
    return b;
  }

  it('the visitors’ language comes from their nationality; the hosts do not count', () => {
    const [r] = incoming('Chinese').find([...kinds]);
    expect(r!.message.en).toContain('the counterparts speak Swedish, the delegation Chinese');
    expect(incoming('Kina').find([...kinds])).toHaveLength(1);
    expect(incoming('Svensk').find([...kinds])).toEqual([]);
  });

  it('an unknown nationality gives one info instead of guessing', () => {
    const found = incoming('').find([...kinds]);
    expect(found.map((r) => [r.kind, r.severity, r.memberIds])).toEqual([['delegation-language-unknown', 'info', ['vice-mayor']]]);
    expect(found[0]!.target).toEqual({ screen: 'members', memberId: 'vice-mayor', field: 'nationality' });
    expect(incoming('').find([...kinds], { delegationLanguages: ['zh'] }).map((r) => r.kind)).toEqual(['interpreter-missing']);
  });
});
