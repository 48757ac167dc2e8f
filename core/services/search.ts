import type Database from 'better-sqlite3';
import type { SearchHit } from '../../shared/domain/search';
import type { ParsedInput } from '../../shared/api/contract';
import { fold } from '../../shared/text/fold';
import { prepared } from '../db/statements';
import { searchIndexIsCurrent } from './search-index';

/**
 * Global search over trips, members, items and contacts. Matches anywhere in the folded
 * (case- and accent-insensitive) text; hits whose title starts with the query rank first.
 *
 * The folded texts come from search_entries (search-index.ts), so a query is one scan of
 * prepared text plus lookups of the hits, instead of fold() for every row.
 */
const SEARCH = `WITH hits AS MATERIALIZED (
    SELECT kind, entity_id, title_key FROM search_entries WHERE instr(global_text, @query) > 0
  )
  SELECT kind, id, trip_id, title, subtitle FROM (
    SELECT 'trip' AS kind, t.id, NULL AS trip_id, t.title, t.start_date || ' – ' || t.end_date AS subtitle, h.title_key
      FROM hits h JOIN trips t ON t.id = h.entity_id WHERE h.kind = 'trip'
    UNION ALL
    SELECT 'member', m.id, m.trip_id, m.name, trim(m.title || ' · ' || t.title, ' ·'), h.title_key
      FROM hits h JOIN members m ON m.id = h.entity_id JOIN trips t ON t.id = m.trip_id WHERE h.kind = 'member'
    UNION ALL
    SELECT 'item', i.id, i.trip_id, i.title, substr(i.start_local, 1, 10) || ' · ' || t.title, h.title_key
      FROM hits h JOIN items i ON i.id = h.entity_id JOIN trips t ON t.id = i.trip_id WHERE h.kind = 'item'
    UNION ALL
    SELECT 'contact', c.id, NULL, c.name, trim(c.native_name || ' · ' || coalesce(o.name, ''), ' ·'), h.title_key
      FROM hits h JOIN contacts c ON c.id = h.entity_id LEFT JOIN organisations o ON o.id = c.organisation_id WHERE h.kind = 'contact'
  )
  ORDER BY instr(title_key, @query) != 1, length(title), title
  LIMIT @limit`;

/**
 * The same search folding every row as it goes: for when the index is not current (the file
 * cannot be written now: read-only, locked by another program, disk full). Slow over a large address book (~0.1 s per 20,000 contacts).
 */
const UNINDEXED_SEARCH = `SELECT kind, id, trip_id, title, subtitle FROM (
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
  ORDER BY instr(fold(title), @query) != 1, length(title), title
  LIMIT @limit`;

export function searchAll(db: Database.Database, input: ParsedInput<'search:global'>): SearchHit[] {
  const sql = searchIndexIsCurrent(db) ? SEARCH : UNINDEXED_SEARCH;
  const rows = prepared(db, sql).all({ query: fold(input.query), limit: input.limit }) as {
    kind: SearchHit['kind'];
    id: string;
    trip_id: string | null;
    title: string;
    subtitle: string;
  }[];
  return rows.map((r) => ({ kind: r.kind, id: r.id, tripId: r.trip_id, title: r.title, subtitle: r.subtitle }));
}
