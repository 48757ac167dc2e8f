import type { Item } from '../domain/item';
import type { VisaStatus } from '../domain/member';
import { formatDate, formatDateRange, formatDateTime, formatNames, formatTime, formatZone, genitive } from './format';
import type { EntryArea, PassportMeasuredFrom } from './entry-rules';
import { languageName } from './languages';
import type { LocalizedText } from './types';
import type { AppLanguage } from '../domain/language';

/**
 * Every text the checks write, in Swedish and English side by side so a translator sees both.
 * Each function takes plain facts and returns { sv, en }; the checks never build text themselves.
 */

/** Who a finding is about: names in order of precedence, or the whole delegation. */
export interface Who {
  names: string[];
  everyone: boolean;
}

/** An item as messages show it: title and local times, with the zone when it helps. */
export interface ItemRef {
  title: string;
  startLocal: string;
  endLocal: string | null;
  allDay: boolean;
  /** Zone labels ("Jinan") to show after the times; null when all times in the message share a zone. */
  startZoneLabel: string | null;
  endZoneLabel: string | null;
}

export function itemRef(item: Item, zoneLabel: ((zone: string) => string) | null): ItemRef {
  return {
    title: item.title,
    startLocal: item.startLocal,
    endLocal: item.endLocal,
    allDay: item.allDay,
    startZoneLabel: zoneLabel ? zoneLabel(item.startZone) : null,
    endZoneLabel: zoneLabel ? zoneLabel(item.endZone) : null,
  };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const both = (render: (lang: AppLanguage) => string): LocalizedText => ({ sv: capitalise(render('sv')), en: capitalise(render('en')) });
const quote = (title: string, lang: AppLanguage) => (lang === 'sv' ? `”${title}”` : `“${title}”`);
const who = (w: Who, lang: AppLanguage) => formatNames(w.names, lang, { everyone: w.everyone });
/** English verbs agree with the subject: "Anna attends", "Anna and Bo attend", "the whole delegation attends". */
const plural = (w: Who) => !w.everyone && w.names.length > 1;
const zone = (label: string | null, lang: AppLanguage) => (label ? ` ${formatZone(label, lang)}` : '');

/** "mån 30 okt 09:00–11:30", "lör 28 okt 13:30 Stockholm-tid – sön 29 okt 04:10 Jinan-tid". */
export function when(ref: ItemRef, lang: AppLanguage): string {
  if (ref.allDay) {
    const last = ref.endLocal?.slice(0, 10);
    return last && last !== ref.startLocal.slice(0, 10)
      ? formatDateRange(ref.startLocal, last, lang)
      : formatDate(ref.startLocal, lang);
  }
  const start = `${formatDateTime(ref.startLocal, lang)}${zone(ref.startZoneLabel, lang)}`;
  if (!ref.endLocal) return start;
  const sameZone = ref.startZoneLabel === ref.endZoneLabel;
  if (sameZone && ref.endLocal.slice(0, 10) === ref.startLocal.slice(0, 10)) {
    return `${formatDate(ref.startLocal, lang)} ${formatTime(ref.startLocal)}–${formatTime(ref.endLocal)}${zone(ref.startZoneLabel, lang)}`;
  }
  return `${start} – ${formatDateTime(ref.endLocal, lang)}${zone(ref.endZoneLabel, lang)}`;
}

/**
 * What a member's return day is: the day their journey home lands; the trip's last day when it
 * lands after the trip; the trip's last day while no journey home is planned (the message says so).
 */
export type ReturnBasis = 'journey-home' | 'trip-end' | 'no-journey-home';

/** "the return home on 5 Nov 2017", or the trip's last day. */
const returnHome = (p: { returnDate: string; basis: ReturnBasis }, lang: AppLanguage) => {
  const date = formatDate(p.returnDate, lang, { year: true });
  if (p.basis === 'journey-home') return lang === 'sv' ? `hemresan ${date}` : `the return home on ${date}`;
  const missing = p.basis === 'no-journey-home';
  return lang === 'sv'
    ? `resans sista dag ${date}${missing ? ' (ingen hemresa är planerad än)' : ''}`
    : `the trip’s last day, ${date}${missing ? ' (no journey home is planned yet)' : ''}`;
};

/**
 * The day a passport rule counts from (entry-rules.ts): `basis` says whether it is the journey's
 * own day ('journey'), the trip's first or last day because the journey falls outside the trip
 * ('trip'), or that day because the plan has no such journey yet ('no-journey').
 */
export interface PassportReference {
  from: PassportMeasuredFrom;
  area: EntryArea;
  date: string;
  basis: 'journey' | 'trip' | 'no-journey';
}

const AREA_NAMES: Record<EntryArea, LocalizedText> = {
  schengen: { sv: 'Schengenområdet', en: 'the Schengen area' },
  china: { sv: 'Kina', en: 'China' },
  other: { sv: 'resmålet', en: 'the destination' },
};
const RULE_NAMES: Record<EntryArea, LocalizedText | null> = {
  schengen: { sv: 'Schengenregeln', en: 'the Schengen rule' },
  china: { sv: 'Kinas regel', en: 'China’s rule' },
  other: null,
};

/** "leaving the Schengen area on 26 May 2016 (the Schengen rule)", "the return home on 5 Nov 2017". */
const passportReference = (r: PassportReference, lang: AppLanguage): string => {
  const returnBasis: ReturnBasis = r.basis === 'journey' ? 'journey-home' : r.basis === 'trip' ? 'trip-end' : 'no-journey-home';
  if (r.from === 'return') return returnHome({ returnDate: r.date, basis: returnBasis }, lang);
  const date = formatDate(r.date, lang, { year: true });
  const area = AREA_NAMES[r.area][lang];
  const rule = RULE_NAMES[r.area]?.[lang];
  const missing = r.basis === 'no-journey';
  let text: string;
  if (r.basis === 'journey') {
    text = r.from === 'entry' ? (lang === 'sv' ? `inresan till ${area} ${date}` : `entering ${area} on ${date}`) : lang === 'sv' ? `utresan från ${area} ${date}` : `leaving ${area} on ${date}`;
  } else if (r.from === 'entry') {
    text = lang === 'sv' ? `resans första dag ${date}` : `the trip’s first day, ${date}`;
  } else {
    text = lang === 'sv' ? `resans sista dag ${date}` : `the trip’s last day, ${date}`;
  }
  const notes = [
    missing ? (r.from === 'entry' ? (lang === 'sv' ? 'ingen inresa är planerad än' : 'no journey in is planned yet') : lang === 'sv' ? 'ingen hemresa är planerad än' : 'no journey home is planned yet') : null,
    rule ?? null,
  ].filter(Boolean);
  return notes.length ? `${text} (${notes.join('; ')})` : text;
};

const at = (local: string, label: string | null, lang: AppLanguage) => `${formatDateTime(local, lang)}${zone(label, lang)}`;

export const messages = {
  overlap: (p: { who: Who; a: ItemRef; b: ItemRef; assumed: { title: string; minutes: number } | null }) =>
    both((lang) => {
      const assumed = p.assumed
        ? lang === 'sv'
          ? ` (${quote(p.assumed.title, lang)} saknar sluttid och räknas som ${p.assumed.minutes} min.)`
          : ` (${quote(p.assumed.title, lang)} has no end time and is taken to last ${p.assumed.minutes} min.)`
        : '';
      return lang === 'sv'
        ? `${who(p.who, lang)} deltar i både ${quote(p.a.title, lang)} (${when(p.a, lang)}) och ${quote(p.b.title, lang)} (${when(p.b, lang)}), som överlappar.${assumed}`
        : `${who(p.who, lang)} ${plural(p.who) ? 'attend' : 'attends'} both ${quote(p.a.title, lang)} (${when(p.a, lang)}) and ${quote(p.b.title, lang)} (${when(p.b, lang)}), which overlap.${assumed}`;
    }),

  /** `basis`: what `returnDate` is — the day the journey home lands, or the trip's last day. */
  passportExpired: (p: { name: string; expiry: string; returnDate: string; basis: ReturnBasis }) =>
    both((lang) =>
      lang === 'sv'
        ? `${genitive(p.name, lang)} pass går ut ${formatDate(p.expiry, lang, { year: true })}, före ${returnHome(p, lang)}.`
        : `${genitive(p.name, lang)} passport expires on ${formatDate(p.expiry, lang, { year: true })}, before ${returnHome(p, lang)}.`,
    ),

  /** `reference`: the day the destination's rule counts the months from (entry-rules.ts). */
  passportExpiresSoon: (p: { name: string; expiry: string; reference: PassportReference; months: number }) =>
    both((lang) =>
      lang === 'sv'
        ? `${genitive(p.name, lang)} pass går ut ${formatDate(p.expiry, lang, { year: true })}, mindre än ${p.months} månader efter ${passportReference(p.reference, lang)}.`
        : `${genitive(p.name, lang)} passport expires on ${formatDate(p.expiry, lang, { year: true })}, less than ${p.months} months after ${passportReference(p.reference, lang)}.`,
    ),

  passportUnknown: (p: { name: string }) =>
    both((lang) =>
      lang === 'sv' ? `Passets giltighetstid saknas för ${p.name}.` : `No passport expiry date for ${p.name}.`,
    ),

  visaRefused: (p: { name: string }) =>
    both((lang) => (lang === 'sv' ? `${genitive(p.name, lang)} visum har avslagits.` : `${genitive(p.name, lang)} visa was refused.`)),

  /** `schengen`: an incoming trip's visitor, who needs a Schengen visa and our invitation letter. */
  visaNotGranted: (p: { name: string; status: Exclude<VisaStatus, 'granted' | 'not_required' | 'refused'>; countries: string[]; schengen?: boolean }) =>
    both((lang) => {
      if (p.schengen) {
        if (p.status === 'applied') {
          return lang === 'sv'
            ? `${genitive(p.name, lang)} ansökan om Schengenvisum är ännu inte beviljad.`
            : `${genitive(p.name, lang)} Schengen visa application is not granted yet.`;
        }
        if (p.status === 'required') {
          return lang === 'sv'
            ? `${p.name} behöver Schengenvisum och inbjudningsbrev från oss men har inte ansökt.`
            : `${p.name} needs a Schengen visa and our invitation letter and has not applied.`;
        }
        return lang === 'sv'
          ? `${p.name} behöver Schengenvisum och inbjudningsbrev från oss; visumstatus okänd.`
          : `${p.name} needs a Schengen visa and our invitation letter; the visa status is unknown.`;
      }
      const where = p.countries.length ? ` (${p.countries.join(', ')})` : '';
      if (p.status === 'applied') {
        return lang === 'sv'
          ? `${genitive(p.name, lang)} visumansökan${where} är ännu inte beviljad.`
          : `${genitive(p.name, lang)} visa application${where} is not granted yet.`;
      }
      if (p.status === 'required') {
        return lang === 'sv'
          ? `${p.name} behöver visum${where} men har inte ansökt.`
          : `${p.name} needs a visa${where} and has not applied.`;
      }
      return lang === 'sv'
        ? `${p.name} behöver visum${where}; status okänd.`
        : `${p.name} needs a visa${where}; its status is unknown.`;
    }),

  visaExpires: (p: { name: string; expiry: string; lastDay: string }) =>
    both((lang) =>
      lang === 'sv'
        ? `${genitive(p.name, lang)} visum går ut ${formatDate(p.expiry, lang, { year: true })}, före sista resdagen ${formatDate(p.lastDay, lang, { year: true })}.`
        : `${genitive(p.name, lang)} visa expires on ${formatDate(p.expiry, lang, { year: true })}, before the last day of travel, ${formatDate(p.lastDay, lang, { year: true })}.`,
    ),

  returnJourneyMissing: (p: { who: Who; lastDay: string }) =>
    both((lang) =>
      lang === 'sv'
        ? `${who(p.who, lang)} har ingen hemresa i programmet än; kontrollerna räknar med resans sista dag, ${formatDate(p.lastDay, lang)}.`
        : `${who(p.who, lang)} ${plural(p.who) ? 'have' : 'has'} no journey home in the programme yet; the checks count the trip’s last day, ${formatDate(p.lastDay, lang)}.`,
    ),

  /** `from` is the first night's date, `until` the morning after the last night. */
  nightWithoutAccommodation: (p: { who: Who; from: string; until: string; nights: number }) =>
    both((lang) => {
      if (p.nights === 1) {
        return lang === 'sv'
          ? `${who(p.who, lang)} saknar boende natten ${formatDate(p.from, lang)} – ${formatDate(p.until, lang)}.`
          : `${who(p.who, lang)} ${plural(p.who) ? 'have' : 'has'} no accommodation for the night of ${formatDate(p.from, lang)} – ${formatDate(p.until, lang)}.`;
      }
      return lang === 'sv'
        ? `${who(p.who, lang)} saknar boende ${p.nights} nätter, ${formatDateRange(p.from, p.until, lang)}.`
        : `${who(p.who, lang)} ${plural(p.who) ? 'have' : 'has'} no accommodation for ${p.nights} nights, ${formatDateRange(p.from, p.until, lang)}.`;
    }),

  itemOutsideTrip: (p: { item: ItemRef; tripStart: string; tripEnd: string }) =>
    both((lang) =>
      lang === 'sv'
        ? `${quote(p.item.title, lang)} (${when(p.item, lang)}) ligger utanför resans datum, ${formatDateRange(p.tripStart, p.tripEnd, lang)}.`
        : `${quote(p.item.title, lang)} (${when(p.item, lang)}) is outside the trip’s dates, ${formatDateRange(p.tripStart, p.tripEnd, lang)}.`,
    ),

  itemEndsBeforeStart: (p: { item: ItemRef }) =>
    both((lang) => {
      const start = p.item.allDay ? formatDate(p.item.startLocal, lang) : at(p.item.startLocal, p.item.startZoneLabel, lang);
      const end = p.item.allDay ? formatDate(p.item.endLocal ?? '', lang) : at(p.item.endLocal ?? '', p.item.endZoneLabel, lang);
      return lang === 'sv'
        ? `${quote(p.item.title, lang)} slutar (${end}) innan den börjar (${start}) när tidszonerna räknas in.`
        : `${quote(p.item.title, lang)} ends (${end}) before it starts (${start}) once time zones are applied.`;
    }),

  itemTimeInvalid: (p: { title: string; raw: string }) =>
    both((lang) =>
      lang === 'sv'
        ? `${quote(p.title, lang)} har ett datum, en tid eller en tidszon som inte går att läsa (${p.raw}).`
        : `${quote(p.title, lang)} has a date, time or time zone that cannot be read (${p.raw}).`,
    ),

  meetingBeforeArrival: (p: { who: Who; meeting: ItemRef; city: string; travel: ItemRef }) =>
    both((lang) => {
      const arrives = at(p.travel.endLocal ?? p.travel.startLocal, p.travel.endZoneLabel, lang);
      return lang === 'sv'
        ? `${who(p.who, lang)}: ${quote(p.meeting.title, lang)} i ${p.city} (${when(p.meeting, lang)}) ligger före ${quote(p.travel.title, lang)}, som kommer fram dit först ${arrives}.`
        : `${who(p.who, lang)}: ${quote(p.meeting.title, lang)} in ${p.city} (${when(p.meeting, lang)}) comes before ${quote(p.travel.title, lang)}, which only arrives there ${arrives}.`;
    }),

  arrivalTooTight: (p: { who: Who; meeting: ItemRef; travel: ItemRef; gapMinutes: number; bufferMinutes: number }) =>
    both((lang) => {
      const arrives = at(p.travel.endLocal ?? p.travel.startLocal, p.travel.endZoneLabel, lang);
      return lang === 'sv'
        ? `${who(p.who, lang)}: ${quote(p.meeting.title, lang)} börjar ${at(p.meeting.startLocal, p.meeting.startZoneLabel, lang)}, bara ${p.gapMinutes} min efter att ${quote(p.travel.title, lang)} kommer fram (${arrives}); räkna med minst ${p.bufferMinutes} min.`
        : `${who(p.who, lang)}: ${quote(p.meeting.title, lang)} starts ${at(p.meeting.startLocal, p.meeting.startZoneLabel, lang)}, only ${p.gapMinutes} min after ${quote(p.travel.title, lang)} arrives (${arrives}); allow at least ${p.bufferMinutes} min.`;
    }),

  cityChangeTooTight: (p: { who: Who; from: ItemRef; fromCity: string; to: ItemRef; toCity: string; gapMinutes: number; bufferMinutes: number }) =>
    both((lang) =>
      lang === 'sv'
        ? `${who(p.who, lang)}: ${quote(p.to.title, lang)} i ${p.toCity} (${when(p.to, lang)}) börjar ${p.gapMinutes} min efter ${quote(p.from.title, lang)} i ${p.fromCity}, utan någon resa planerad emellan; räkna med minst ${p.bufferMinutes} min.`
        : `${who(p.who, lang)}: ${quote(p.to.title, lang)} in ${p.toCity} (${when(p.to, lang)}) starts ${p.gapMinutes} min after ${quote(p.from.title, lang)} in ${p.fromCity}, with no travel planned between; allow at least ${p.bufferMinutes} min.`,
    ),

  interpreterMissing: (p: { meeting: ItemRef; counterpartLanguages: readonly string[]; delegationLanguages: readonly string[] }) =>
    both((lang) => {
      const list = (tags: readonly string[]) => formatNames(tags.map((t) => languageName(t, lang)), lang);
      return lang === 'sv'
        ? `${quote(p.meeting.title, lang)} (${when(p.meeting, lang)}): motparten talar ${list(p.counterpartLanguages)}, delegationen ${list(p.delegationLanguages)}, och ingen tolk är utsedd.`
        : `${quote(p.meeting.title, lang)} (${when(p.meeting, lang)}): the counterparts speak ${list(p.counterpartLanguages)}, the delegation ${list(p.delegationLanguages)}, and no interpreter is assigned.`;
    }),

  giftNotPlanned: (p: { item: ItemRef }) =>
    both((lang) =>
      lang === 'sv'
        ? `${quote(p.item.title, lang)} (${when(p.item, lang)}): gåvor utbyts, men ingen gåva är planerad att ge.`
        : `${quote(p.item.title, lang)} (${when(p.item, lang)}): gifts are exchanged, but no gift is planned to give.`,
    ),

  giftGivenBefore: (p: { description: string; organisation: string; earlierTrip: string; earlierStart: string }) =>
    both((lang) =>
      lang === 'sv'
        ? `${quote(p.description, lang)} gavs redan till ${p.organisation} under ${quote(p.earlierTrip, lang)} (${formatDate(p.earlierStart, lang, { year: true })}).`
        : `${quote(p.description, lang)} was already given to ${p.organisation} on ${quote(p.earlierTrip, lang)} (${formatDate(p.earlierStart, lang, { year: true })}).`,
    ),

  delegationLanguageUnknown: () =>
    both((lang) =>
      lang === 'sv'
        ? 'Tolkbehovet kunde inte kontrolleras: den besökande delegationens språk är okänt. Fyll i medlemmarnas nationalitet.'
        : 'Interpreters could not be checked: the visiting delegation’s language is unknown. Enter the members’ nationality.',
    ),

  itemWithoutLocation: (p: { item: ItemRef; travel: boolean }) =>
    both((lang) => {
      if (p.travel) {
        return lang === 'sv'
          ? `${quote(p.item.title, lang)} (${when(p.item, lang)}) saknar både från, till och plats.`
          : `${quote(p.item.title, lang)} (${when(p.item, lang)}) has no from, to or location.`;
      }
      return lang === 'sv'
        ? `${quote(p.item.title, lang)} (${when(p.item, lang)}) saknar plats.`
        : `${quote(p.item.title, lang)} (${when(p.item, lang)}) has no location.`;
    }),

  hotelWithoutAddress: (p: { item: ItemRef }) =>
    both((lang) =>
      lang === 'sv'
        ? `Boendet ${quote(p.item.title, lang)} (${when(p.item, lang)}) saknar adress.`
        : `The accommodation ${quote(p.item.title, lang)} (${when(p.item, lang)}) has no address.`,
    ),

  memberWithoutPhone: (p: { name: string }) =>
    both((lang) => (lang === 'sv' ? `Telefonnummer saknas för ${p.name}.` : `No phone number for ${p.name}.`)),
} satisfies Record<string, (p: never) => LocalizedText>;
