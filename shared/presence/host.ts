import { fold } from '../checks/cities';
import type { Member } from '../domain/member';
import type { Trip } from '../domain/trip';

/**
 * Whether a member hosts rather than travels: in an incoming trip, a member of the hosting
 * organisation. Hosts sleep at home, so they have no journeys, nights, passports or visas to
 * check, and the presence matrix shows them at home in the host city.
 *
 * The one place this is decided (the presence model and every check ask here). For now it is
 * guessed from the organisation's text ("Södertälje kommun, kommunledningskontoret" hosts a trip
 * hosted by "Södertälje kommun").
 */
export function isHost(member: Member, trip: Trip): boolean {
  if (trip.direction !== 'incoming') return false;
  const host = fold(trip.hostingOrganisation);
  if (!host) return false;
  const organisation = fold(member.organisation);
  return organisation === host || organisation.startsWith(`${host} `) || organisation.startsWith(`${host},`);
}
