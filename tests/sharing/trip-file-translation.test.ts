import { describe, expect, it } from 'vitest';
import { demoCore, exportText, freshCore, JINAN_ID, ok } from './helpers';

/** Second-language texts travel in the trip file, and files written before them still import. */
describe('trip file: text in a second language', () => {
  function translatedDemo() {
    const alice = demoCore();
    const ws = ok(alice, 'trips:workspace', { id: JINAN_ID });
    const meeting = ws.meetings[0]!;
    const item = ws.items.find((i) => i.id === meeting.itemId)!;
    const member = ws.members[0]!;
    ok(alice, 'items:update', { id: item.id, patch: { translation: { title: '指导委员会会议', venue: '济南市政府', description: '讨论合作项目' } } });
    ok(alice, 'meetings:update', { itemId: meeting.itemId, patch: { translation: { agenda: '1. 欢迎\n2. 合作' } } });
    ok(alice, 'members:update', { id: member.id, patch: { translation: { title: '市议会主席', organisation: '韦斯特罗斯市' } } });
    return { alice, itemId: item.id, memberId: member.id };
  }

  it('carries the translations of items, meetings and members to a colleague', () => {
    const { alice, itemId, memberId } = translatedDemo();
    const bob = freshCore();
    ok(bob, 'sharing:applyImport', { content: exportText(alice, JINAN_ID) });
    const ws = ok(bob, 'trips:workspace', { id: JINAN_ID });
    expect(ws.items.find((i) => i.id === itemId)?.translation).toEqual({ title: '指导委员会会议', venue: '济南市政府', description: '讨论合作项目' });
    expect(ws.meetings.find((m) => m.itemId === itemId)?.translation).toEqual({ agenda: '1. 欢迎\n2. 合作' });
    expect(ws.members.find((m) => m.id === memberId)?.translation).toEqual({ title: '市议会主席', organisation: '韦斯特罗斯市' });
    // The round trip is exact: Bob's export is Alice's, text for text.
    expect(exportText(bob, JINAN_ID).replace(/"exportedAt": "[^"]+"/, '')).toBe(exportText(alice, JINAN_ID).replace(/"exportedAt": "[^"]+"/, ''));
  });

  it('reads a file made before the translations: nothing is translated, everything else imports', () => {
    const { alice, itemId } = translatedDemo();
    const file = JSON.parse(exportText(alice, JINAN_ID)) as Record<'items' | 'meetings' | 'members', Record<string, unknown>[]>;
    for (const list of [file.items, file.meetings, file.members]) for (const entity of list) delete entity.translation;
    const bob = freshCore();
    ok(bob, 'sharing:applyImport', { content: JSON.stringify(file) });
    const ws = ok(bob, 'trips:workspace', { id: JINAN_ID });
    expect(ws.items.find((i) => i.id === itemId)?.translation).toEqual({ title: '', venue: '', description: '' });
    expect(ws.members.every((m) => m.translation.title === '' && m.translation.organisation === '')).toBe(true);
    expect(ws.meetings.every((m) => m.translation.agenda === '')).toBe(true);
    expect(ws.items).toHaveLength(file.items.length);
  });

  it('refuses a translation with an unknown field, naming it', () => {
    const { alice } = translatedDemo();
    const file = JSON.parse(exportText(alice, JINAN_ID)) as { items: { translation: Record<string, unknown> }[] };
    file.items[0]!.translation.subtitle = 'x';
    const bob = freshCore();
    const result = bob.dispatch('sharing:applyImport', { content: JSON.stringify(file) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message + JSON.stringify(result.error.issues ?? [])).toContain('subtitle');
  });
});
