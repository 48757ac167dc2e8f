export type SearchHitKind = 'trip' | 'member' | 'item' | 'contact';

export interface SearchHit {
  kind: SearchHitKind;
  id: string;
  /** The trip to open for members and items; null for trips themselves and contacts. */
  tripId: string | null;
  title: string;
  /** Second line: trip title, organisation, date — whatever tells similar hits apart. */
  subtitle: string;
}
