import type { Sex } from '../../domain/member';
import type { TripWorkspace } from '../../domain/workspace';
import { presenceModel, type MemberWhereabouts, type PresenceModel } from '../../presence';
import { addDaysToDate } from '../../time/zoned';

/** A city and the dates a traveller is planned to be there (first and last day, inclusive). */
export interface PlannedStay {
  city: string;
  from: string;
  to: string;
}

/**
 * One traveller's row of the invitation data pack: what a Chinese invitation letter asks for.
 * Passport numbers, sex and dates of birth: personal data, printed on this pack only.
 */
export interface InvitationDataRow {
  memberId: string;
  name: string;
  nativeName: string;
  sex: Sex | null;
  dateOfBirth: string | null;
  nationality: string;
  passportNumber: string;
  passportExpiry: string | null;
  title: string;
  organisation: string;
  stays: PlannedStay[];
}

/** The travellers (visitors: on an outgoing trip every member), in order of precedence. */
export function buildInvitationData(workspace: TripWorkspace, model: PresenceModel = presenceModel(workspace)): InvitationDataRow[] {
  return [...workspace.members]
    .sort((a, b) => a.precedence - b.precedence)
    .filter((m) => m.side === 'visitor')
    .map((m) => ({
      memberId: m.id,
      name: m.name,
      nativeName: m.nativeName,
      sex: m.sex,
      dateOfBirth: m.dateOfBirth,
      nationality: m.nationality,
      passportNumber: m.passportNumber,
      passportExpiry: m.passportExpiry,
      title: m.title,
      organisation: m.organisation,
      stays: plannedStays(model.byMember.get(m.id), model),
    }));
}

/**
 * The cities of the presence model in order, each with its first and last day: a day counts
 * for every city it begins or ends in, so a travel day belongs to both cities (the invitation
 * states presence, and on that day the traveller is in both).
 */
export function plannedStays(whereabouts: MemberWhereabouts | undefined, model: PresenceModel): PlannedStay[] {
  const stays: (PlannedStay & { key: string })[] = [];
  for (const cell of whereabouts?.cells ?? []) {
    if (cell.away) continue;
    for (const place of [cell.from, cell.to]) {
      if (place?.kind !== 'city') continue;
      const last = stays[stays.length - 1];
      if (last && last.key === place.city && (last.to === cell.date || addDaysToDate(last.to, 1) === cell.date)) last.to = cell.date;
      else stays.push({ key: place.city, city: model.cities.show(place.city), from: cell.date, to: cell.date });
    }
  }
  return stays.map(({ city, from, to }) => ({ city, from, to }));
}
