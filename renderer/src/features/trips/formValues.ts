import type { Trip, TripDirection, TripStatus } from '../../../../shared/domain/trip';
import { localHomeTimeZone } from '../../lib/timezones';
import { useSettings } from '../../state/settings';

/**
 * The trip form's values: the fields of TripCreate / TripPatch as the form holds them (all
 * present, text as text). The domain schemas validate them unchanged.
 */
export interface DestinationFormValues {
  city: string;
  nativeName: string;
  country: string;
  timeZone: string;
}

export interface TripFormValues {
  title: string;
  direction: TripDirection;
  status: TripStatus;
  startDate: string;
  endDate: string;
  homeTimeZone: string;
  /** Incoming trips: the visitors' home zone for the second clock; null when not entered. */
  visitorsTimeZone: string | null;
  destinations: DestinationFormValues[];
  sendingOrganisation: string;
  hostingOrganisation: string;
  purpose: string;
  /** Incoming trips: who pays what, one arrangement per line (the invitation letter). */
  costCoverage: string;
  fundingReference: string;
}

export function emptyTripForm(): TripFormValues {
  return {
    title: '',
    direction: 'outgoing',
    status: 'draft',
    startDate: '',
    endDate: '',
    // The default home zone chosen in Settings, else this computer's.
    homeTimeZone: useSettings.getState().homeTimeZone ?? localHomeTimeZone(),
    visitorsTimeZone: null,
    destinations: [],
    sendingOrganisation: '',
    hostingOrganisation: '',
    purpose: '',
    costCoverage: '',
    fundingReference: '',
  };
}

export function tripToForm(trip: Trip): TripFormValues {
  return {
    title: trip.title,
    direction: trip.direction,
    status: trip.status,
    startDate: trip.startDate,
    endDate: trip.endDate,
    homeTimeZone: trip.homeTimeZone,
    visitorsTimeZone: trip.visitorsTimeZone,
    destinations: trip.destinations.map(({ city, nativeName, country, timeZone }) => ({ city, nativeName, country, timeZone })),
    sendingOrganisation: trip.sendingOrganisation,
    hostingOrganisation: trip.hostingOrganisation,
    purpose: trip.purpose,
    costCoverage: trip.costCoverage,
    fundingReference: trip.fundingReference,
  };
}

export const emptyDestination = (): DestinationFormValues => ({ city: '', nativeName: '', country: '', timeZone: '' });
