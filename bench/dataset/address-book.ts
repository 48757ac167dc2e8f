import type { ContactRole } from '../../shared/domain/contact';
import {
  CHINESE_ORGANISATION_STEMS,
  CHINESE_TITLES,
  CITIES,
  chineseName,
  SWEDISH_CITIES,
  SWEDISH_ORGANISATION_STEMS,
  SWEDISH_TITLES,
  swedishName,
} from './names';
import type { Random } from './random';
import type { Writer } from './writer';

export interface AddressBook {
  /** Chinese organisations (hosts of meetings). */
  chineseOrganisationIds: string[];
  chineseContactIds: string[];
  interpreterContactIds: string[];
  driverContactIds: string[];
  swedishContactIds: string[];
}

const ROLES: ContactRole[] = ['host', 'host', 'host', 'company', 'company', 'guide', 'embassy', 'consulate', 'hotel', 'other'];

/** `organisations` organisations and `contacts` contacts, a bit over half of them Chinese. */
export function writeAddressBook(random: Random, write: Writer, sizes: { organisations: number; contacts: number }): AddressBook {
  const chineseOrganisations: { id: string; domain: string }[] = [];
  const swedishOrganisations: { id: string; domain: string }[] = [];
  for (let i = 0; i < sizes.organisations; i++) {
    const id = random.uuid();
    if (i % 2 === 0) {
      const [city, cityHan] = random.pick(CITIES.filter((c) => c[3] === 'CN'));
      const [stem, stemHan] = random.pick(CHINESE_ORGANISATION_STEMS);
      write.organisation(id, {
        name: `${city} ${stem}`,
        nativeName: `${cityHan}${stemHan}`,
        city,
        country: 'CN',
        address: `No. ${random.int(1, 300)} ${random.pick(['Jingshi', 'Renmin', 'Gongye', 'Heping', 'Zhongshan'])} Road, ${city}`,
        addressLocal: `${cityHan}${random.pick(['经十路', '人民路', '工业路', '和平路', '中山路'])}${random.int(1, 300)}号`,
        phone: `+86 ${random.int(10, 99)} ${random.int(1000, 9999)} ${random.int(1000, 9999)}`,
      });
      chineseOrganisations.push({ id, domain: `${city.toLowerCase().replace(/\W/g, '')}.gov.cn` });
    } else {
      const city = random.pick(SWEDISH_CITIES);
      const stem = random.pick(SWEDISH_ORGANISATION_STEMS);
      const name = stem === 'Region' ? `Region ${city}` : `${city} ${stem}`;
      write.organisation(id, { name, city, country: 'SE', address: `${random.pick(['Storgatan', 'Kungsgatan', 'Stora torget'])} ${random.int(1, 60)}, ${city}` });
      swedishOrganisations.push({ id, domain: `${city.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '')}.se` });
    }
  }

  const book: AddressBook = {
    chineseOrganisationIds: chineseOrganisations.map((o) => o.id),
    chineseContactIds: [],
    interpreterContactIds: [],
    driverContactIds: [],
    swedishContactIds: [],
  };
  for (let i = 0; i < sizes.contacts; i++) {
    const id = random.uuid();
    const chinese = random.chance(0.55);
    const person = chinese ? chineseName(random) : swedishName(random);
    const organisation = random.chance(0.85) ? random.pick(chinese ? chineseOrganisations : swedishOrganisations) : null;
    const role: ContactRole = chinese ? (i % 40 === 0 ? 'interpreter' : i % 45 === 1 ? 'driver' : random.pick(ROLES)) : random.pick(ROLES);
    write.contact(id, {
      name: person.name,
      nativeName: person.nativeName,
      title: random.pick(chinese ? CHINESE_TITLES : SWEDISH_TITLES),
      organisationId: organisation?.id ?? null,
      role,
      phone: chinese ? `+86 1${random.int(30, 89)} ${random.int(1000, 9999)} ${random.int(1000, 9999)}` : `+46 7${random.int(0, 9)} ${random.int(100, 999)} ${random.int(10, 99)} ${random.int(10, 99)}`,
      email: organisation && random.chance(0.8) ? `${person.handle}${random.int(1, 99)}@${organisation.domain}` : '',
      messaging: chinese && random.chance(0.6) ? `WeChat: ${person.handle.replace('.', '_')}${random.int(1, 999)}` : '',
      languages: chinese ? (random.chance(0.3) ? 'zh, en' : 'zh') : 'sv, en',
      notes: random.chance(0.1) ? 'Träffades vid förra besöket; föredrar kontakt via e-post.' : '',
    });
    if (chinese) book.chineseContactIds.push(id);
    else book.swedishContactIds.push(id);
    if (role === 'interpreter') book.interpreterContactIds.push(id);
    if (role === 'driver') book.driverContactIds.push(id);
  }
  return book;
}
