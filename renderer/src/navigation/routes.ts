/**
 * Screens and their addresses. Hash-based (#/trips/…) so the same build works under Electron's
 * app:// protocol and the browser mode's http:// without server-side routes, and a reload
 * (or a deep link) restores the screen.
 *
 *   #/                                   trips (home)
 *   #/trips/:tripId/:tab[/:focusId]      a trip's workspace; focusId selects an entity in
 *                                        the tab (a member, an item, a contact)
 *   #/contacts[/:contactId]              the address book shared by all trips
 *   #/gifts                              the gift register across all trips
 */
export const TRIP_TABS = ['overview', 'programme', 'members', 'meetings', 'contacts', 'budget', 'gifts', 'checks', 'documents'] as const;
export type TripTab = (typeof TRIP_TABS)[number];

export function isTripTab(value: string | undefined): value is TripTab {
  return value !== undefined && (TRIP_TABS as readonly string[]).includes(value);
}

export const ROUTE_PATTERNS = {
  home: '/',
  trip: '/trips/:tripId/:tab?/:focusId?',
  addressBook: '/contacts/:contactId?',
  giftRegister: '/gifts',
} as const;

export const paths = {
  home: () => '/',
  trip: (tripId: string, tab: TripTab = 'overview', focusId?: string) =>
    `/trips/${encodeURIComponent(tripId)}/${tab}${focusId ? `/${encodeURIComponent(focusId)}` : ''}`,
  addressBook: (contactId?: string) => `/contacts${contactId ? `/${encodeURIComponent(contactId)}` : ''}`,
  giftRegister: () => '/gifts',
};

/** Where the current location is, for context-dependent commands (Ctrl+N). */
export function describeLocation(location: string): { tripId: string | null; tab: TripTab | null } {
  const match = /^\/trips\/([^/]+)(?:\/([^/]+))?/.exec(location);
  if (!match) return { tripId: null, tab: null };
  const tab = match[2];
  return { tripId: decodeURIComponent(match[1]!), tab: isTripTab(tab) ? tab : 'overview' };
}
