import type { Sex } from '../../domain/member';
import type { LabelLanguage } from '../options';
import { inEveryLanguage } from '../labels';

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

const tables: Record<LabelLanguage, InvitationDataLabels> = {
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
  zh: {
    documentKind: '邀请函信息',
    personalData: '含个人信息',
    intro: '供邀请方出具邀请函（签证）所需的每位出行人员信息。姓名与护照一致。计划城市和日期依据日程。',
    columns: {
      number: '序号',
      name: '姓名（与护照一致）',
      nativeName: '本国文字姓名',
      sex: '性别',
      dateOfBirth: '出生日期',
      nationality: '国籍',
      passportNumber: '护照号码',
      passportExpiry: '护照有效期至',
      title: '职务',
      organisation: '单位',
      stays: '计划城市和日期',
    },
    sex: { female: '女 (F)', male: '男 (M)', x: 'X' },
    missing: '缺',
    noVisitors: '代表团尚无出行人员。',
    fileName: 'invitation data',
  },
};

/** In every document language; the bilingual ones are made by `labelsIn` (see ../labels.ts). */
export const invitationDataLabels = inEveryLanguage(tables);
