import { nativeNameLanguage } from '../trips';

/**
 * The language of a name in native script, so the browser picks the right glyphs (the same
 * Han character is drawn differently in Chinese, Japanese and Korean fonts) and a screen reader
 * the right voice. The organisation's country decides when known; otherwise the script does.
 */
export function nativeLanguage(text: string, country?: string): string | undefined {
  const byCountry = country ? nativeNameLanguage(country) : undefined;
  if (byCountry && byCountry !== 'sv') return byCountry;
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return 'ja';
  if (/\p{Script=Hangul}/u.test(text)) return 'ko';
  if (/\p{Script=Han}/u.test(text)) return 'zh';
  if (/\p{Script=Cyrillic}/u.test(text)) return 'ru';
  if (/\p{Script=Arabic}/u.test(text)) return 'ar';
  if (/\p{Script=Greek}/u.test(text)) return 'el';
  if (/\p{Script=Thai}/u.test(text)) return 'th';
  return undefined;
}

/** "王伟" beside "Wang Wei", in its own language; nothing when there is no native name. */
export function NativeName({ text, country, className }: { text: string; country?: string; className?: string }) {
  if (!text) return null;
  return (
    <span className={['native-name', className].filter(Boolean).join(' ')} lang={nativeLanguage(text, country)}>
      {text}
    </span>
  );
}
