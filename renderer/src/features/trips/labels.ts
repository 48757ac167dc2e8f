/**
 * The language of a destination's native name, so the browser picks the right CJK glyphs
 * (the same character is drawn differently in Chinese, Japanese and Korean fonts).
 */
const NATIVE_NAME_LANGUAGES: Record<string, string> = {
  CN: 'zh-CN',
  TW: 'zh-TW',
  HK: 'zh-HK',
  MO: 'zh-MO',
  SG: 'zh-SG',
  JP: 'ja',
  KR: 'ko',
  SE: 'sv',
};

export function nativeNameLanguage(country: string): string | undefined {
  return NATIVE_NAME_LANGUAGES[country.toUpperCase()];
}
