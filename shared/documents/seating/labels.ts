import type { LabelLanguage } from '../options';
import { inEveryLanguage } from '../labels';

/** Every word the seating sheet prints, one block per language (add a language as one more block). */
export interface SeatingLabels {
  documentKind: string;
  seat: string;
  name: string;
  titleAndOrganisation: string;
  side: string;
  host: string;
  guest: string;
  emptySeat: string;
  notSeated: string;
  table: (shape: 'round' | 'long', seats: number) => string;
  protocol: { facing: string; side_by_side: string };
  cancelled: string;
}

const tables: Record<LabelLanguage, SeatingLabels> = {
  sv: {
    documentKind: 'Placering',
    seat: 'Plats',
    name: 'Namn',
    titleAndOrganisation: 'Titel och organisation',
    side: 'Sida',
    host: 'Värd',
    guest: 'Gäst',
    emptySeat: 'Tom plats',
    notSeated: 'Utan plats',
    table: (shape, seats) => `${shape === 'round' ? 'Runt bord' : 'Långbord'}, ${seats} platser`,
    protocol: { facing: 'Värd och huvudgäst mitt emot varandra', side_by_side: 'Huvudgästen till värdens höger' },
    cancelled: 'Inställt',
  },
  en: {
    documentKind: 'Seating plan',
    seat: 'Seat',
    name: 'Name',
    titleAndOrganisation: 'Title and organisation',
    side: 'Side',
    host: 'Host',
    guest: 'Guest',
    emptySeat: 'Empty seat',
    notSeated: 'Without a seat',
    table: (shape, seats) => `${shape === 'round' ? 'Round table' : 'Long table'}, ${seats} seats`,
    protocol: { facing: 'Host and principal guest facing each other', side_by_side: 'Principal guest at the host’s right' },
    cancelled: 'Cancelled',
  },
  zh: {
    documentKind: '座位安排',
    seat: '座位',
    name: '姓名',
    titleAndOrganisation: '职务和单位',
    side: '方',
    host: '主方',
    guest: '客方',
    emptySeat: '空位',
    notSeated: '未安排座位',
    table: (shape, seats) => `${shape === 'round' ? '圆桌' : '长桌'}，${seats}个座位`,
    protocol: { facing: '主人与主宾相对而坐', side_by_side: '主宾坐在主人右侧' },
    cancelled: '已取消',
  },
};

/** In every document language; the bilingual ones are made by `labelsIn` (see ../labels.ts). */
export const seatingLabels = inEveryLanguage(tables);
