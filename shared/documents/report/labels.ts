import type { LabelLanguage } from '../options';
import { inEveryLanguage } from '../labels';
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

const tables: Record<LabelLanguage, ReportLabels> = {
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
  zh: {
    documentKind: '出访总结报告',
    purpose: '目的',
    dates: '日期',
    destinations: '目的地',
    fundingReference: '经费来源',
    participants: '参加人员',
    visitors: '代表团',
    hosts: '接待方',
    name: '姓名',
    role: '角色',
    titleAndOrganisation: '职务和单位',
    programme: '日程执行情况',
    date: '日期',
    item: '日程项目',
    carriedOut: '执行情况',
    states: { done: '已完成', changed: '有变动', cancelled: '已取消', not_recorded: '未记录' },
    meetings: '会见及成果',
    host: '主办方',
    counterparts: '对方人员',
    outcome: '成果',
    noOutcome: '未记录成果。',
    agreements: '签署的协议',
    noAgreements: '未签署协议。',
    followUps: '后续工作',
    followUp: '事项',
    owner: '负责人',
    due: '截止日期',
    state: '状态',
    followUpDone: '已完成',
    followUpOpen: '未完成',
    noFollowUps: '无后续事项。',
    results: '成果',
    lessons: '经验',
    nextSteps: '下一步',
    notWritten: '尚未填写。',
    nothingPlanned: '日程为空。',
  },
};

/** In every document language; the bilingual ones are made by `labelsIn` (see ../labels.ts). */
export const reportLabels = inEveryLanguage(tables);
