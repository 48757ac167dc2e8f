import { describe, expect, it } from 'vitest';
import type { Core } from '../../core/core';
import { call, expectError, freshCore, makeItem, makeTrip, ok, unknownId } from './helpers';

function addressBook(core: Core) {
  const government = ok(core, 'organisations:create', { name: 'Jinan Municipal People’s Government', nativeName: '济南市人民政府', city: 'Jinan', country: 'CN' });
  const recycling = ok(core, 'organisations:create', { name: 'Återvinning Väst AB', city: 'Göteborg', country: 'SE' });
  const wang = ok(core, 'contacts:create', { name: 'Wang Wei', nativeName: '王伟', title: 'Vice Mayor', organisationId: government.id, role: 'host' });
  const li = ok(core, 'contacts:create', { name: 'Li Na', nativeName: '李娜', role: 'interpreter', email: 'li.na@example.cn' });
  const teljeback = ok(core, 'contacts:create', { name: 'Eva Teljebäck', title: 'Project manager', organisationId: recycling.id, role: 'company' });
  const embassy = ok(core, 'contacts:create', { name: 'Swedish Embassy Beijing', role: 'embassy', phone: '+86 10 6532 9790' });
  return { government, recycling, wang, li, teljeback, embassy };
}

const namesFor = (core: Core, query: string, extra: Partial<{ organisationId: string }> = {}) =>
  ok(core, 'contacts:list', { query, ...extra }).contacts.map((c) => c.name);

describe('contacts', () => {
  it('creates, reads, updates and deletes a contact', () => {
    const core = freshCore();
    const contact = ok(core, 'contacts:create', { name: 'Zhang Min', role: 'driver', phone: '+86 138 0000 0000' });
    expect(contact).toMatchObject({ name: 'Zhang Min', role: 'driver', organisationId: null, revision: 0 });
    expect(ok(core, 'contacts:get', { id: contact.id })).toEqual(contact);
    const updated = ok(core, 'contacts:update', { id: contact.id, patch: { messaging: 'WeChat: zhangmin_jn' } });
    expect(updated).toMatchObject({ name: 'Zhang Min', messaging: 'WeChat: zhangmin_jn', revision: 1 });
    ok(core, 'contacts:delete', { id: contact.id });
    expectError(call(core, 'contacts:get', { id: contact.id }), 'not_found');
  });

  it('lists the whole address book alphabetically with a total', () => {
    const core = freshCore();
    addressBook(core);
    const all = ok(core, 'contacts:list', {});
    expect(all.total).toBe(4);
    expect(all.contacts.map((c) => c.name)).toEqual(['Eva Teljebäck', 'Li Na', 'Swedish Embassy Beijing', 'Wang Wei']);
    // Pages keep the total.
    const page = ok(core, 'contacts:list', { limit: 2, offset: 2 });
    expect(page.total).toBe(4);
    expect(page.contacts.map((c) => c.name)).toEqual(['Swedish Embassy Beijing', 'Wang Wei']);
  });

  it('finds contacts by Latin name, native script and organisation native name', () => {
    const core = freshCore();
    addressBook(core);
    expect(namesFor(core, 'wang')).toEqual(['Wang Wei']);
    expect(namesFor(core, '王')).toEqual(['Wang Wei']);
    expect(namesFor(core, '李娜')).toEqual(['Li Na']);
    // 济南 appears only in the organisation's native name.
    expect(namesFor(core, '济南')).toEqual(['Wang Wei']);
    expect(namesFor(core, 'vice mayor')).toEqual(['Wang Wei']);
    expect(namesFor(core, 'interpreter')).toEqual(['Li Na']);
    expect(namesFor(core, 'nobody at all')).toEqual([]);
  });

  it('matches regardless of case and accents', () => {
    const core = freshCore();
    addressBook(core);
    expect(namesFor(core, 'teljeback')).toEqual(['Eva Teljebäck']);
    expect(namesFor(core, 'TELJEBÄCK')).toEqual(['Eva Teljebäck']);
    expect(namesFor(core, 'ÅTERVINNING')).toEqual(['Eva Teljebäck']);
    expect(namesFor(core, 'atervinning vast')).toEqual(['Eva Teljebäck']);
    expect(namesFor(core, '  Li Na  ')).toEqual(['Li Na']);
  });

  it('treats search text literally (no SQL wildcards)', () => {
    const core = freshCore();
    addressBook(core);
    expect(namesFor(core, '%')).toEqual([]);
    expect(namesFor(core, '_')).toEqual([]);
    expect(namesFor(core, "' OR 1=1 --")).toEqual([]);
  });

  it('filters by organisation', () => {
    const core = freshCore();
    const { government } = addressBook(core);
    expect(namesFor(core, '', { organisationId: government.id })).toEqual(['Wang Wei']);
    expect(namesFor(core, 'li', { organisationId: government.id })).toEqual([]);
  });

  it('refuses an organisation that does not exist', () => {
    const core = freshCore();
    expectError(call(core, 'contacts:create', { name: 'Orphan', organisationId: unknownId }), 'not_found');
    expect(ok(core, 'contacts:list', {}).total).toBe(0);
  });

  it('deleting an organisation keeps its contacts, without an organisation', () => {
    const core = freshCore();
    const { government, wang } = addressBook(core);
    ok(core, 'organisations:delete', { id: government.id });
    expect(ok(core, 'organisations:list', {}).map((o) => o.name)).toEqual(['Återvinning Väst AB']);
    expect(ok(core, 'contacts:get', { id: wang.id })).toMatchObject({ name: 'Wang Wei', organisationId: null });
    expect(ok(core, 'contacts:list', {}).total).toBe(4);
  });

  it('deleting a contact removes it from items', () => {
    const core = freshCore();
    const { li, embassy } = addressBook(core);
    const item = makeItem(core, makeTrip(core).id, { contactIds: [li.id, embassy.id] });
    ok(core, 'contacts:delete', { id: li.id });
    expect(ok(core, 'items:get', { id: item.id }).contactIds).toEqual([embassy.id]);
  });
});

describe('organisations', () => {
  it('creates, updates, lists accent-insensitively sorted, and deletes', () => {
    const core = freshCore();
    const z = ok(core, 'organisations:create', { name: 'Zibo Foreign Affairs Office' });
    const a = ok(core, 'organisations:create', { name: 'Ångström Institute' });
    const b = ok(core, 'organisations:create', { name: 'Beijing Office' });
    expect(ok(core, 'organisations:list', {}).map((o) => o.id)).toEqual([a.id, b.id, z.id]);
    const updated = ok(core, 'organisations:update', { id: z.id, patch: { website: 'https://zibo.example.cn' } });
    expect(updated).toMatchObject({ name: 'Zibo Foreign Affairs Office', website: 'https://zibo.example.cn', revision: 1 });
    ok(core, 'organisations:delete', { id: a.id });
    expectError(call(core, 'organisations:delete', { id: a.id }), 'not_found');
    expect(ok(core, 'organisations:list', {})).toHaveLength(2);
  });
});
