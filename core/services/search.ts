import type Database from 'better-sqlite3';
import type { SearchHit } from '../../shared/domain/search';
import type { ParsedInput } from '../../shared/api/contract';
import { fold } from '../db/open';

/**
 * Global search over trips, members, items and contacts. Matches anywhere in the folded
 * (case- and accent-insensitive) text; hits whose title starts with the query rank first.
 */
export function searchAll(db: Database.Database, input: ParsedInput<'search:global'>): SearchHit[] {
  const query = fold(input.query);
  const rows = db
    .prepare(
      `SELECT * FROM (
         SELECT 'trip' AS kind, t.id, NULL AS trip_id, t.title, t.start_date || ' – ' || t.end_date AS subtitle,
                -- Fix: the haystack used the raw destinations JSON, so every trip with a destination
                -- matched "city", "country" or "timeZone" (its keys) and "Shanghai" (a zone name).
                -- Only the place names and country codes are searchable content.
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
       LIMIT @limit`,
    )
    .all({ query, limit: input.limit }) as { kind: SearchHit['kind']; id: string; trip_id: string | null; title: string; subtitle: string }[];
  return rows.map((r) => ({ kind: r.kind, id: r.id, tripId: r.trip_id, title: r.title, subtitle: r.subtitle }));
}
