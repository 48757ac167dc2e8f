import type { DocumentLanguage } from '../options';
import type { CarriedOut } from './model';

/** Every word the post-trip report prints, one block per language (add a language as one more block). */
export interface ReportLabels {
  documentKind: string;
  purpose: string;
  dates: string;
  destinations: string;
  fundingReference: string;
  participants: string;
  visitors: string;
  hosts: string;
  name: string;
  role: string;
  titleAndOrganisation: string;
  programme: string;
  date: string;
  item: string;
  carriedOut: string;
  states: Record<CarriedOut, string>;
  meetings: string;
  host: string;
  counterparts: string;
  outcome: string;
  noOutcome: string;
  agreements: string;
  noAgreements: string;
  followUps: string;
  followUp: string;
  owner: string;
  due: string;
  state: string;
  followUpDone: string;
  followUpOpen: string;
  noFollowUps: string;
  results: string;
  lessons: string;
  nextSteps: string;
  notWritten: string;
  nothingPlanned: string;
}

export const reportLabels: Record<DocumentLanguage, ReportLabels> = {
  sv: {
    documentKind: 'Reseberättelse',
    purpose: 'Syfte',
    dates: 'Datum',
    destinations: 'Resmål',
    fundingReference: 'Finansiering',
    participants: 'Deltagare',
    visitors: 'Delegationen',
    hosts: 'Värdar',
    name: 'Namn',
    role: 'Roll',
    titleAndOrganisation: 'Titel och organisation',
    programme: 'Programmet som det genomfördes',
    date: 'Datum',
    item: 'Programpunkt',
    carriedOut: 'Utfall',
    states: { done: 'Genomförd', changed: 'Ändrad', cancelled: 'Inställd', not_recorded: 'Ej rapporterad' },
    meetings: 'Möten och resultat',
    host: 'Värd',
    counterparts: 'Motparter',
    outcome: 'Resultat',
    noOutcome: 'Inget resultat antecknat.',
    agreements: 'Undertecknade avtal',
    noAgreements: 'Inga avtal undertecknades.',
    followUps: 'Uppföljning',
    followUp: 'Åtgärd',
    owner: 'Ansvarig',
    due: 'Klart senast',
    state: 'Status',
    followUpDone: 'Klar',
    followUpOpen: 'Öppen',
    noFollowUps: 'Inga uppföljningspunkter.',
    results: 'Resultat',
    lessons: 'Lärdomar',
    nextSteps: 'Nästa steg',
    notWritten: 'Ej ifyllt.',
    nothingPlanned: 'Programmet är tomt.',
  },
  en: {
    documentKind: 'Post-trip report',
    purpose: 'Purpose',
    dates: 'Dates',
    destinations: 'Destinations',
    fundingReference: 'Funding',
    participants: 'Participants',
    visitors: 'The delegation',
    hosts: 'Hosts',
    name: 'Name',
    role: 'Role',
    titleAndOrganisation: 'Title and organisation',
    programme: 'The programme as carried out',
    date: 'Date',
    item: 'Item',
    carriedOut: 'Outcome',
    states: { done: 'Done', changed: 'Changed', cancelled: 'Cancelled', not_recorded: 'Not recorded' },
    meetings: 'Meetings and outcomes',
    host: 'Host',
    counterparts: 'Counterparts',
    outcome: 'Outcome',
    noOutcome: 'No outcome recorded.',
    agreements: 'Agreements signed',
    noAgreements: 'No agreements were signed.',
    followUps: 'Follow-ups',
    followUp: 'Action',
    owner: 'Owner',
    due: 'Due',
    state: 'State',
    followUpDone: 'Done',
    followUpOpen: 'Open',
    noFollowUps: 'No follow-ups.',
    results: 'Results',
    lessons: 'Lessons learnt',
    nextSteps: 'Next steps',
    notWritten: 'Not written yet.',
    nothingPlanned: 'The programme is empty.',
  },
};
