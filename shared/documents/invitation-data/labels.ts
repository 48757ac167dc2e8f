import type { Sex } from '../../domain/member';
import type { DocumentLanguage } from '../options';

/** Every word of the invitation data pack (PDF and CSV), one block per language. */
export interface InvitationDataLabels {
  documentKind: string;
  personalData: string;
  intro: string;
  columns: {
    number: string;
    name: string;
    nativeName: string;
    sex: string;
    dateOfBirth: string;
    nationality: string;
    passportNumber: string;
    passportExpiry: string;
    title: string;
    organisation: string;
    stays: string;
  };
  sex: Record<Sex, string>;
  missing: string;
  noVisitors: string;
  fileName: string;
}

export const invitationDataLabels: Record<DocumentLanguage, InvitationDataLabels> = {
  sv: {
    documentKind: 'Uppgifter för inbjudningsbrev',
    personalData: 'Innehåller personuppgifter',
    intro: 'Uppgifter om varje resenär för värdens inbjudningsbrev (visum). Namn som i passet. Planerade orter och datum enligt programmet.',
    columns: {
      number: 'Nr',
      name: 'Namn (som i passet)',
      nativeName: 'Namn i egen skrift',
      sex: 'Kön',
      dateOfBirth: 'Födelsedatum',
      nationality: 'Medborgarskap',
      passportNumber: 'Passnummer',
      passportExpiry: 'Passet giltigt till',
      title: 'Befattning',
      organisation: 'Organisation',
      stays: 'Planerade orter och datum',
    },
    sex: { female: 'Kvinna (F)', male: 'Man (M)', x: 'X' },
    missing: 'saknas',
    noVisitors: 'Delegationen har inga resenärer ännu.',
    fileName: 'inbjudningsuppgifter',
  },
  en: {
    documentKind: 'Invitation letter data',
    personalData: 'Contains personal data',
    intro: 'Each traveller’s details for the host’s invitation letter (visa). Names as in the passport. Planned cities and dates from the programme.',
    columns: {
      number: 'No.',
      name: 'Name (as in passport)',
      nativeName: 'Name in native script',
      sex: 'Sex',
      dateOfBirth: 'Date of birth',
      nationality: 'Nationality',
      passportNumber: 'Passport number',
      passportExpiry: 'Passport valid until',
      title: 'Title',
      organisation: 'Organisation',
      stays: 'Planned cities and dates',
    },
    sex: { female: 'Female (F)', male: 'Male (M)', x: 'X' },
    missing: 'missing',
    noVisitors: 'The delegation has no travellers yet.',
    fileName: 'invitation data',
  },
};
