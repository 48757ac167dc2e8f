import { JINAN } from './ids';

/** Zones, places and participant lists shared by the Jinan and Shenyang parts of the programme. */

export const SE = 'Europe/Stockholm';
export const CN = 'Asia/Shanghai';

export const HOTEL_JINAN = {
  venue: 'Spring City Hotel (demo)',
  address: '8 Luoyuan Street, Lixia District, Jinan, Shandong',
  addressLocal: '山东省济南市历下区泺源大街8号',
  city: 'Jinan',
};
export const HOTEL_SHENYANG = {
  venue: 'Hunhe Riverside Hotel (demo)',
  address: '100 Qingnian Street, Shenhe District, Shenyang, Liaoning',
  addressLocal: '辽宁省沈阳市沈河区青年大街100号',
  city: 'Shenyang',
};
export const CITY_HALL_JINAN = {
  venue: "Jinan Municipal People's Government",
  address: '1 Longding Avenue, Lixia District, Jinan, Shandong',
  addressLocal: '山东省济南市历下区龙鼎大道1号',
  city: 'Jinan',
};
export const INVENTED_HOTEL = 'Demo: hotellets namn, adress och telefonnummer är påhittade.';

const m = JINAN.member;
/** Three of the steering group go on to Shenyang (press release); who the third is, is invented. */
export const SHENYANG_MEMBERS = [m.teljeback, m.filling, m.steeringMember];
/** The other six fly home from Jinan. */
export const HOME_FROM_JINAN_MEMBERS = [m.unell, m.engstrom, m.projectLead, m.contactCentre1, m.contactCentre2, m.coordinator];

export const STRATEGIST = 'Internationell strateg';
