import { i18next } from '../i18n';

/**
 * The domain schemas (shared/domain) and the core speak English ("Required", "The trip cannot
 * end before it starts"). Forms show those messages in the UI language by recognising them
 * here; an unknown message is shown as it is (still better than nothing).
 *
 * When a schema gets a new message, add it here and to common.json `validation`.
 */
const EXACT: Record<string, string> = {
  Required: 'required',
  'Use the date format YYYY-MM-DD': 'dateFormat',
  'No such date': 'noSuchDate',
  'Use the format YYYY-MM-DDTHH:mm': 'dateTimeFormat',
  'No such date or time': 'noSuchDateTime',
  'Choose a time zone': 'chooseTimeZone',
  'Not a valid e-mail address': 'email',
  'Use a two-letter country code such as CN or SE': 'countryCode',
  'The trip cannot end before it starts': 'tripEndBeforeStart',
  'The end is before the start (times are compared in their own time zones)': 'itemEndBeforeStart',
  'Use an https:// link': 'httpsLink',
  'Must be an id (UUID)': 'id',
  'Type something to search for': 'searchEmpty',
};

type ValidationKey =
  | 'required'
  | 'dateFormat'
  | 'noSuchDate'
  | 'dateTimeFormat'
  | 'noSuchDateTime'
  | 'chooseTimeZone'
  | 'email'
  | 'countryCode'
  | 'tripEndBeforeStart'
  | 'itemEndBeforeStart'
  | 'httpsLink'
  | 'id'
  | 'searchEmpty';

export function translateValidationMessage(message: string): string {
  const t = i18next.t;
  const key = EXACT[message] as ValidationKey | undefined;
  if (key) return t(`validation.${key}`);
  const max = /^At most (\d+) characters$/.exec(message);
  if (max) return t('validation.maxLength', { max: Number(max[1]) });
  const zone = /^Unknown time zone: (.*)$/.exec(message);
  if (zone) return t('validation.unknownTimeZone', { zone: zone[1] });
  if (/^Invalid (option|input)/.test(message)) return t('validation.invalid');
  return message;
}
