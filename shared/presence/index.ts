import type { CityIndex } from '../checks/cities';
import type { TripWorkspace } from '../domain/workspace';
import { presenceModel, type PresenceCell, type PresenceModel, type PresencePlace } from './model';

export { isHost } from './host';
export { TripArea, type JourneyDirection } from './journeys';
export {
  MAX_PRESENCE_DAYS,
  memberSpans,
  presenceModel,
  samePlace,
  tripDates,
  type MemberSpan,
  type MemberWhereabouts,
  type PresenceCell,
  type PresenceModel,
  type PresencePlace,
} from './model';

/**
 * The presence matrix: for every member (rows, in order of precedence) and every day of the trip
 * (columns), where the member is — the presence model (model.ts) laid out for the Overview (and
 * later the briefing), with the cities to tell apart, so one can see at a glance who went on to
 * Shenyang, and which nights someone is away without a stay (the checks name exactly those).
 */

export interface PresenceRow {
  memberId: string;
  /** A host of an incoming trip: at home in the host city, never away. */
  host: boolean;
  cells: readonly PresenceCell[];
}

export interface PresenceCity {
  /** Canonical key (case- and accent-folded), as in PresencePlace. */
  key: string;
  /** The name to show ("Jinan"). */
  name: string;
  /** Name in local script from the trip's destinations ("济南"), else ''. */
  nativeName: string;
  /** Country code of the destination, else ''. */
  country: string;
  /** Whether the city is one of the trip's destinations. */
  destination: boolean;
}

export interface PresenceMatrix {
  /** Every date of the trip, first to last (YYYY-MM-DD). */
  dates: string[];
  /** One row per member, in order of precedence. */
  rows: PresenceRow[];
  /**
   * The cities to tell apart (legend order, which is also the colour order): the trip's
   * destinations first, in the trip's order, then any other city a cell names.
   */
  cities: PresenceCity[];
}

export function presenceMatrix(workspace: TripWorkspace, model: PresenceModel = presenceModel(workspace)): PresenceMatrix {
  const legend = new Legend(workspace.trip.destinations, model.cities);
  const rows = model.members.map(({ memberId, host, cells }) => {
    for (const cell of cells) {
      if (cell.from) legend.use(cell.from);
      legend.use(cell.to);
    }
    return { memberId, host, cells };
  });
  return { dates: model.dates, rows, cities: legend.list() };
}

/** The legend: destinations first, then other cities in the order cells first name them. */
class Legend {
  private readonly cities = new Map<string, PresenceCity>();
  private readonly used = new Set<string>();

  constructor(
    destinations: TripWorkspace['trip']['destinations'],
    private readonly index: CityIndex,
  ) {
    for (const d of destinations) {
      const key = index.canonical(d.city);
      if (key && !this.cities.has(key)) {
        this.cities.set(key, { key, name: d.city.trim(), nativeName: d.nativeName, country: d.country, destination: true });
      }
    }
  }

  use(place: PresencePlace): void {
    if (place.kind !== 'city' || this.used.has(place.city)) return;
    this.used.add(place.city);
    if (!this.cities.has(place.city)) {
      this.cities.set(place.city, {
        key: place.city,
        name: this.index.show(place.city),
        nativeName: '',
        country: '',
        destination: false,
      });
    }
  }

  list(): PresenceCity[] {
    return [...this.cities.values()];
  }
}
