import type { Member } from '../domain/member';
import type { Trip } from '../domain/trip';

/**
 * Whether a member hosts rather than travels: on an incoming trip, a member on the host side
 * (entered on the Members screen, never guessed from the organisation's text). Hosts sleep at
 * home, so they have no journeys, nights, passports or visas to check, and the presence matrix
 * shows them at home in the host city.
 *
 * The one place this is decided: the presence model and every check ask here.
 */
export function isHost(member: Pick<Member, 'side'>, trip: Pick<Trip, 'direction'>): boolean {
  return trip.direction === 'incoming' && member.side === 'host';
}
