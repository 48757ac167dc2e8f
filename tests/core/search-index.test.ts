import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../core/core';
import { fold } from '../../shared/text/fold';
import { seedDemo } from '../../core/demo';
import { freshCore, makeItem, makeMember, makeTrip, ok, onCleanup, tempDbPath } from './helpers';
import { databaseOf } from '../../core/db/raw-handle';

/**
 * search:global and contacts:list read folded text from search_entries (migration 004), kept
 * current by core/services/search-index.ts. These tests hold them to what folding every row at
 * query time gives (the SQL below is the original implementation) after all kinds of writes:
 * through the services, by raw SQL, by another connection, and around a rolled-back transaction.
 */
function unindexedSearch(db: Database.Database, query: string, limit = 30) {
  return (
    db
      .prepare(
        `SELECT * FROM (
         SELECT 'trip' AS kind, t.id, NULL AS trip_id, t.title, t.start_date || ' – ' || t.end_date AS subtitle,
                fold(t.title || ' ' || coalesce((SELECT group_concat(
                         coalesce(json_extract(d.value, '$.city'), '') || ' ' ||
                         coalesce(json_extract(d.value, '$.nativeName'), '') || ' ' ||
                         coalesce(json_extract(d.value, '$.country'), ''), ' ')
                       FROM json_each(t.destinations) d), '') || ' ' || t.purpose) AS haystack
           FROM trips t
         UNION ALL
         SELECT 'member', m.id, m.trip_id, m.name, trim(m.title || ' · ' || t.title, ' ·'),
                fold(m.name || ' ' || m.native_name || ' ' || m.title || ' ' || m.organisation)
           FROM members m JOIN trips t ON t.id = m.trip_id
         UNION ALL
         SELECT 'item', i.id, i.trip_id, i.title, substr(i.start_local, 1, 10) || ' · ' || t.title,
                fold(i.title || ' ' || i.venue || ' ' || i.city || ' ' || i.address || ' ' || i.address_local)
           FROM items i JOIN trips t ON t.id = i.trip_id
         UNION ALL
         SELECT 'contact', c.id, NULL, c.name, trim(c.native_name || ' · ' || coalesce(o.name, ''), ' ·'),
                fold(c.name || ' ' || c.native_name || ' ' || c.title || ' ' || coalesce(o.name, '') || ' ' || coalesce(o.native_name, ''))
           FROM contacts c LEFT JOIN organisations o ON o.id = c.organisation_id
       )
       WHERE instr(haystack, @query) > 0
       ORDER BY instr(fold(title), @query) != 1, length(title), title, id
       LIMIT @limit`,
      )
      .all({ query: fold(query), limit }) as { kind: string; id: string; trip_id: string | null; title: string; subtitle: string }[]
  ).map((r) => ({ kind: r.kind, id: r.id, tripId: r.trip_id, title: r.title, subtitle: r.subtitle }));
}

function unindexedContacts(db: Database.Database, query: string, organisationId: string | null = null) {
  const where = `WHERE (@query = '' OR instr(fold(c.name || ' ' || c.native_name || ' ' || c.title || ' ' || c.role || ' ' ||
      coalesce(o.name, '') || ' ' || coalesce(o.native_name, '') || ' ' || c.email || ' ' || c.phone), @query) > 0)
    AND (@organisationId IS NULL OR c.organisation_id = @organisationId)`;
  const from = 'FROM contacts c LEFT JOIN organisations o ON o.id = c.organisation_id';
  const params = { query: fold(query.trim()), organisationId };
  const total = (db.prepare(`SELECT count(*) AS n ${from} ${where}`).get(params) as { n: number }).n;
  const ids = (db.prepare(`SELECT c.id ${from} ${where} ORDER BY fold(c.name), c.id`).all(params) as { id: string }[]).map((r) => r.id);
  return { total, ids };
}

const QUERIES = ['jinan', 'wang', '王', '济南', 'vasteras', 'VÄSTERÅS', 'robot', 'a', 'x', 'möte', 'hotline', '12345', 'se', 'interpreter'];

/** Search results may tie on title: compare as the unindexed order with id as the last key. */
function searchIds(core: Core, query: string, limit = 30) {
  const hits = ok(core, 'search:global', { query, limit });
  return hits.map((h) => `${h.kind}:${h.title}`);
}

function expectSameAsUnindexed(core: Core) {
  for (const query of QUERIES) {
    expect(searchIds(core, query, 200), query).toEqual(unindexedSearch(databaseOf(core), query, 200).map((h) => `${h.kind}:${h.title}`));
    const listed = ok(core, 'contacts:list', { query, limit: 1000 });
    const expected = unindexedContacts(databaseOf(core), query);
    expect(listed.total, query).toBe(expected.total);
    expect(listed.contacts.map((c) => c.id).sort(), query).toEqual([...expected.ids].sort());
    // Address-book order: by folded name.
    const keys = listed.contacts.map((c) => fold(c.name));
    expect(keys, query).toEqual([...keys].sort());
  }
}

function demoCore(file = tempDbPath()): Core {
  const core = freshCore(file);
  databaseOf(core).transaction(() => seedDemo(databaseOf(core)))();
  return core;
}

describe('search entries', () => {
  it('give the same hits as folding every row, on the demo data', () => {
    expectSameAsUnindexed(demoCore());
  });

  it('follow every kind of write made through the services', () => {
    const core = demoCore();
    ok(core, 'search:global', { query: 'warm up the index' });
    const trip = makeTrip(core, { title: 'Robotdalen study tour', destinations: [{ city: 'Wuxi', nativeName: '无锡', country: 'CN', timeZone: 'Asia/Shanghai' }] });
    const member = makeMember(core, trip.id, 'Åsa Öhman', { nativeName: '奥萨' });
    const item = makeItem(core, trip.id, { title: 'Robot lab', location: { venue: 'Xishan hall', addressLocal: '锡山区' } });
    const organisation = ok(core, 'organisations:create', { name: 'Wuxi Foreign Affairs Office', nativeName: '无锡外办' });
    const contact = ok(core, 'contacts:create', { name: 'Zhou Min', nativeName: '周敏', organisationId: organisation.id, role: 'host' });
    expect(searchIds(core, 'asa ohman')).toEqual(['member:Åsa Öhman']);
    expect(searchIds(core, '无锡外办')).toEqual(['contact:Zhou Min']);

    ok(core, 'organisations:update', { id: organisation.id, patch: { name: 'Wuxi People’s Government', nativeName: '无锡市人民政府' } });
    expect(searchIds(core, '无锡外办')).toEqual([]);
    expect(searchIds(core, '人民政府')).toContain('contact:Zhou Min');
    ok(core, 'members:update', { id: member.id, patch: { name: 'Åsa Öhman-Berg' } });
    ok(core, 'items:update', { id: item.id, patch: { title: 'Robot laboratory' } });
    ok(core, 'contacts:update', { id: contact.id, patch: { email: 'zhou.min@example.cn' } });
    expectSameAsUnindexed(core);

    const { trashId } = ok(core, 'organisations:delete', { id: organisation.id });
    expect(searchIds(core, '人民政府')).not.toContain('contact:Zhou Min');
    ok(core, 'trash:restore', { trashId });
    expect(searchIds(core, '人民政府')).toContain('contact:Zhou Min');
    ok(core, 'items:delete', { id: item.id });
    ok(core, 'contacts:delete', { id: contact.id });
    ok(core, 'trips:delete', { id: trip.id });
    expect(searchIds(core, 'robot lab')).toEqual([]);
    expect(searchIds(core, 'asa ohman')).toEqual([]);
    expectSameAsUnindexed(core);
  });

  it('follow raw SQL writes on the same connection and writes by another connection', () => {
    const file = tempDbPath();
    const core = demoCore(file);
    ok(core, 'search:global', { query: 'warm up the index' });
    databaseOf(core).prepare("UPDATE contacts SET name = 'Renamed Directly' WHERE id = (SELECT id FROM contacts ORDER BY id LIMIT 1)").run();
    expect(searchIds(core, 'renamed directly')).toEqual(['contact:Renamed Directly']);

    const other = openCore(file);
    onCleanup(() => databaseOf(other).open && other.close());
    const trip = ok(other, 'trips:create', {
      title: 'Written by the CLI',
      direction: 'outgoing',
      startDate: '2020-01-01',
      endDate: '2020-01-03',
      homeTimeZone: 'Europe/Stockholm',
      status: 'draft',
    });
    const contact = ok(other, 'contacts:list', { query: 'renamed directly' }).contacts[0]!;
    ok(other, 'contacts:update', { id: contact.id, patch: { name: 'Renamed Elsewhere' } });
    ok(other, 'trips:update', { id: trip.id, patch: { title: 'Written by the CLI, edited' } });
    other.close();

    expect(searchIds(core, 'written by the cli')).toEqual(['trip:Written by the CLI, edited']);
    expect(searchIds(core, 'renamed')).toEqual(['contact:Renamed Elsewhere']);
    expectSameAsUnindexed(core);
  });

  it('stay correct when the transaction of a search rolls back', () => {
    const core = demoCore();
    const contact = ok(core, 'contacts:list', { query: '' }).contacts[0]!;
    // The first search creates the connection's change tracking; roll it back with everything.
    expect(() =>
      databaseOf(core).transaction(() => {
        expect(core.dispatch('search:global', { query: 'anything' }).ok).toBe(true);
        throw new Error('rolled back');
      })(),
    ).toThrow('rolled back');
    ok(core, 'contacts:update', { id: contact.id, patch: { name: 'After The Rollback' } });
    expect(searchIds(core, 'after the rollback')).toEqual(['contact:After The Rollback']);
  });

  it('are rebuilt for a database whose entries are missing or were left stale', () => {
    const core = demoCore();
    ok(core, 'search:global', { query: 'warm up the index' });
    // As after restoring an older backup, or opening a file that an older version wrote to.
    databaseOf(core).prepare("DELETE FROM search_entries WHERE kind = 'member'").run();
    databaseOf(core).prepare("UPDATE search_entries SET global_text = 'stale', list_text = 'stale', source_version = 'older'").run();
    const reopened = freshCore(core.dbPath);
    core.close();
    expectSameAsUnindexed(reopened);
  });

  it('page through the address book with the right total', () => {
    const core = demoCore();
    const all = ok(core, 'contacts:list', { query: '', limit: 1000 });
    const page = ok(core, 'contacts:list', { query: '', limit: 3, offset: 2 });
    expect(page.total).toBe(all.total);
    expect(page.contacts.map((c) => c.id)).toEqual(all.contacts.slice(2, 5).map((c) => c.id));
    const matching = ok(core, 'contacts:list', { query: 'a', limit: 1000 });
    const beyond = ok(core, 'contacts:list', { query: 'a', limit: 5, offset: matching.total + 10 });
    expect(beyond).toEqual({ total: matching.total, contacts: [] });
    const organisationId = all.contacts.find((c) => c.organisationId)!.organisationId!;
    const inOrganisation = ok(core, 'contacts:list', { query: '', organisationId, limit: 1000 });
    expect(inOrganisation.contacts.map((c) => c.id).sort()).toEqual(unindexedContacts(databaseOf(core), '', organisationId).ids.sort());
    expect(inOrganisation.total).toBe(unindexedContacts(databaseOf(core), '', organisationId).total);
  });

  it('fall back to folding every row when the file cannot be written', () => {
    const file = tempDbPath();
    const core = demoCore(file);
    const expected = QUERIES.map((query) => searchIds(core, query, 200));
    const contacts = ok(core, 'contacts:list', { query: 'a', limit: 1000 });

    // Read-only (query_only): the index cannot be brought up to date.
    const readOnly = freshCore(file);
    databaseOf(readOnly).pragma('query_only = ON');
    expect(QUERIES.map((query) => searchIds(readOnly, query, 200))).toEqual(expected);
    expect(ok(readOnly, 'contacts:list', { query: 'a', limit: 1000 })).toEqual(contacts);

    // Another connection holds the write lock while this one's index is stale.
    const busy = freshCore(file);
    databaseOf(busy).pragma('busy_timeout = 0');
    const writer = openCore(file);
    onCleanup(() => databaseOf(writer).open && writer.close());
    databaseOf(writer).exec('BEGIN IMMEDIATE');
    try {
      expect(QUERIES.map((query) => searchIds(busy, query, 200))).toEqual(expected);
    } finally {
      databaseOf(writer).exec('ROLLBACK');
    }
  });

  it('page the whole address book along the folded-name index, without sorting it', () => {
    const core = demoCore();
    // Statements are prepared once per connection: record them on a fresh one.
    const statements: string[] = [];
    const original = databaseOf(core).prepare.bind(databaseOf(core));
    databaseOf(core).prepare = ((sql: string) => {
      statements.push(sql);
      return original(sql);
    }) as Database.Database['prepare'];
    try {
      ok(core, 'contacts:list', { query: '' });
    } finally {
      databaseOf(core).prepare = original;
    }
    const page = statements.find((sql) => /FROM search_entries e JOIN contacts c/.test(sql) && /LIMIT @limit/.test(sql));
    expect(page, statements.join('\n')).toBeDefined();
    const plan = (databaseOf(core).prepare(`EXPLAIN QUERY PLAN ${page}`).all({ query: '', organisationId: null, limit: 100, offset: 0 }) as { detail: string }[])
      .map((r) => r.detail)
      .join('\n');
    expect(plan).toMatch(/search_entries_by_title/);
    expect(plan).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
  });
});
