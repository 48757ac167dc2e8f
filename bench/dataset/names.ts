import type { Random } from './random';

/** Name material for a realistic address book: Swedish officials and Chinese counterparts. */
const SWEDISH_FIRST = [
  'Anna', 'Eva', 'Maria', 'Karin', 'Sara', 'Lena', 'Kerstin', 'Emma', 'Ingrid', 'Malin', 'Åsa', 'Linnéa', 'Elin',
  'Sofia', 'Johanna', 'Annika', 'Ulla', 'Märta', 'Birgitta', 'Helena', 'Erik', 'Lars', 'Karl', 'Anders', 'Johan',
  'Per', 'Nils', 'Mikael', 'Jan', 'Hans', 'Peter', 'Olof', 'Gustav', 'Björn', 'Göran', 'Jörgen', 'Håkan', 'Mats',
  'Magnus', 'Fredrik', 'Oskar', 'Axel', 'Ludvig', 'Torbjörn', 'Stefan', 'Henrik', 'Andreas', 'Daniel', 'Niklas', 'Åke',
];
const SWEDISH_LAST = [
  'Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Gustafsson',
  'Pettersson', 'Jonsson', 'Jansson', 'Hansson', 'Bengtsson', 'Jönsson', 'Lindberg', 'Jakobsson', 'Magnusson', 'Olofsson',
  'Lindström', 'Lindqvist', 'Lindgren', 'Berg', 'Axelsson', 'Bergström', 'Lundberg', 'Lind', 'Lundgren', 'Lundqvist',
  'Mattsson', 'Berglund', 'Fredriksson', 'Sandberg', 'Henriksson', 'Forsberg', 'Sjöberg', 'Wallin', 'Engström', 'Eklund',
  'Danielsson', 'Håkansson', 'Lundin', 'Björk', 'Gunnarsson', 'Holm', 'Samuelsson', 'Fransson', 'Wikström', 'Isaksson',
  'Teljebäck', 'Åberg', 'Öberg', 'Nordström', 'Hedlund', 'Strömberg', 'Ekström', 'Dahlberg', 'Sundberg', 'Åkesson',
];
/** [pinyin, hanzi] */
const CHINESE_SURNAMES: [string, string][] = [
  ['Wang', '王'], ['Li', '李'], ['Zhang', '张'], ['Liu', '刘'], ['Chen', '陈'], ['Yang', '杨'], ['Huang', '黄'],
  ['Zhao', '赵'], ['Wu', '吴'], ['Zhou', '周'], ['Xu', '徐'], ['Sun', '孙'], ['Ma', '马'], ['Zhu', '朱'], ['Hu', '胡'],
  ['Guo', '郭'], ['He', '何'], ['Gao', '高'], ['Lin', '林'], ['Luo', '罗'], ['Zheng', '郑'], ['Liang', '梁'],
  ['Xie', '谢'], ['Song', '宋'], ['Tang', '唐'], ['Han', '韩'], ['Feng', '冯'], ['Deng', '邓'], ['Cao', '曹'], ['Peng', '彭'],
];
const CHINESE_GIVEN: [string, string][] = [
  ['Wei', '伟'], ['Fang', '芳'], ['Na', '娜'], ['Min', '敏'], ['Jing', '静'], ['Li', '丽'], ['Qiang', '强'], ['Lei', '磊'],
  ['Jun', '军'], ['Yang', '洋'], ['Yong', '勇'], ['Yan', '艳'], ['Jie', '杰'], ['Tao', '涛'], ['Ming', '明'], ['Chao', '超'],
  ['Xiu', '秀'], ['Hua', '华'], ['Hui', '慧'], ['Ping', '平'], ['Gang', '刚'], ['Gui', '桂'], ['Xiao', '晓'], ['Hong', '红'],
  ['Dan', '丹'], ['Bin', '斌'], ['Hai', '海'], ['Yu', '宇'], ['Ying', '英'], ['Lan', '兰'], ['Feng', '峰'], ['Zhi', '志'],
  ['Xin', '欣'], ['Kai', '凯'], ['Ning', '宁'], ['Jian', '建'], ['Guo', '国'], ['Dong', '东'], ['Long', '龙'], ['Yun', '云'],
];

export interface PersonName {
  name: string;
  nativeName: string;
  /** For e-mail addresses: ASCII, lower case. */
  handle: string;
  chinese: boolean;
}

const ascii = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

export function swedishName(random: Random): PersonName {
  const first = random.pick(SWEDISH_FIRST);
  const last = random.pick(SWEDISH_LAST);
  return { name: `${first} ${last}`, nativeName: '', handle: `${ascii(first)}.${ascii(last)}`, chinese: false };
}

/** Surname first, as on a Chinese business card; one- or two-character given names. */
export function chineseName(random: Random): PersonName {
  const [surname, surnameHan] = random.pick(CHINESE_SURNAMES);
  const given = random.chance(0.45) ? [random.pick(CHINESE_GIVEN)] : [random.pick(CHINESE_GIVEN), random.pick(CHINESE_GIVEN)];
  const givenLatin = given.map(([p]) => p.toLowerCase()).join('');
  const latin = `${surname} ${givenLatin[0]!.toUpperCase()}${givenLatin.slice(1)}`;
  return {
    name: latin,
    nativeName: surnameHan + given.map(([, h]) => h).join(''),
    handle: `${ascii(surname)}.${givenLatin}`,
    chinese: true,
  };
}

export const SWEDISH_TITLES = [
  'Kommunstyrelsens ordförande', 'Kommunalråd', 'Oppositionsråd', 'Kommundirektör', 'Näringslivschef',
  'Internationell samordnare', 'Utbildningsdirektör', 'Miljöstrateg', 'Kommunikatör', 'Stadsbyggnadsdirektör',
  'Regionråd', 'Förvaltningschef', 'Projektledare', 'Verksamhetsutvecklare', 'VD',
];
export const CHINESE_TITLES = [
  'Vice Mayor', 'Director, Foreign Affairs Office', 'Deputy Director', 'Party Secretary', 'Section Chief',
  'Protocol Officer', 'General Manager', 'Chairman', 'Vice President', 'Interpreter', 'Head of International Cooperation',
];
export const PARTIES = ['S', 'M', 'C', 'L', 'KD', 'V', 'MP', 'SD', ''];

/** [Latin name, native name, city, country] */
export const CHINESE_ORGANISATION_STEMS: [string, string][] = [
  ['People\'s Government', '人民政府'], ['Foreign Affairs Office', '外事办公室'], ['Hi-tech Zone Administration', '高新区管委会'],
  ['Science Park', '科技园'], ['Development and Reform Commission', '发展和改革委员会'], ['Education Bureau', '教育局'],
  ['Environmental Protection Bureau', '环境保护局'], ['Water Affairs Group', '水务集团'], ['Robotics Co., Ltd.', '机器人有限公司'],
  ['Municipal Hospital', '市立医院'], ['Vocational College', '职业学院'], ['Investment Promotion Bureau', '投资促进局'],
];
export const SWEDISH_ORGANISATION_STEMS = [
  'kommun', 'Region', 'Energi AB', 'Vatten AB', 'gymnasium', 'Science Park', 'Näringsliv AB', 'Bostäder AB', 'Hamn AB',
];

/** [Latin, hanzi, IANA zone, country] */
export const CITIES: [string, string, string, string][] = [
  ['Jinan', '济南', 'Asia/Shanghai', 'CN'], ['Shenyang', '沈阳', 'Asia/Shanghai', 'CN'], ['Wuxi', '无锡', 'Asia/Shanghai', 'CN'],
  ['Beijing', '北京', 'Asia/Shanghai', 'CN'], ['Shanghai', '上海', 'Asia/Shanghai', 'CN'], ['Chengdu', '成都', 'Asia/Shanghai', 'CN'],
  ['Qingdao', '青岛', 'Asia/Shanghai', 'CN'], ['Hangzhou', '杭州', 'Asia/Shanghai', 'CN'], ['Suzhou', '苏州', 'Asia/Shanghai', 'CN'],
  ['Tianjin', '天津', 'Asia/Shanghai', 'CN'], ['Xi\'an', '西安', 'Asia/Shanghai', 'CN'], ['Wuhan', '武汉', 'Asia/Shanghai', 'CN'],
  ['Tokyo', '東京', 'Asia/Tokyo', 'JP'], ['Osaka', '大阪', 'Asia/Tokyo', 'JP'], ['Seoul', '서울', 'Asia/Seoul', 'KR'],
  ['Hanoi', 'Hà Nội', 'Asia/Ho_Chi_Minh', 'VN'], ['Nairobi', '', 'Africa/Nairobi', 'KE'], ['Windhoek', '', 'Africa/Windhoek', 'NA'],
  ['Tallinn', '', 'Europe/Tallinn', 'EE'], ['Hamburg', '', 'Europe/Berlin', 'DE'],
];
export const SWEDISH_CITIES = [
  'Västerås', 'Södertälje', 'Eskilstuna', 'Örebro', 'Uppsala', 'Linköping', 'Norrköping', 'Jönköping', 'Umeå', 'Luleå',
  'Göteborg', 'Malmö', 'Borås', 'Gävle', 'Sundsvall', 'Karlstad', 'Växjö', 'Halmstad', 'Kalmar', 'Falun',
];

export const MEETING_TOPICS = [
  'Smarta städer', 'Vattenrening', 'Robotik och automation', 'Yrkesutbildning', 'Äldreomsorg', 'Avfallshantering',
  'Fjärrvärme', 'Kollektivtrafik', 'Innovationsplattformar', 'Skolutbyte', 'Hållbar stadsplanering', 'Turism',
  'Life science', 'Energieffektivisering', 'Digitalisering av offentlig sektor',
];
export const VENUES = [
  'Stadshuset', 'Kongresscentret', 'Vetenskapsparken', 'Utställningshallen', 'Rådhuset', 'Universitetet', 'Hotellets konferensrum',
  'Teknikcentret', 'Reningsverket', 'Yrkeshögskolan', 'Sjukhuset', 'Innovationscentret', 'Hamnkontoret',
];
