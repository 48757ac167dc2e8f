import type { ReactNode } from 'react';
import { languagesOf, type DocumentLanguage } from './options';

/** Han, kana, hangul: text the reader (and the PDF's tags) should treat as CJK. */
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/u;
const HAN_ONLY = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
const KANA = /[\u3040-\u30ff]/u;
const HANGUL = /[\uac00-\ud7af]/u;

/** A BCP 47 tag for text in a native script, or undefined for Latin text. */
export function scriptLang(text: string): string | undefined {
  if (!CJK.test(text)) return undefined;
  if (KANA.test(text)) return 'ja';
  if (HANGUL.test(text)) return 'ko';
  return HAN_ONLY.test(text) ? 'zh-Hans' : undefined;
}

/** Text in a native script (济南, 山东省济南市…), tagged with its language for fonts and readers. */
export function Native({ text, className }: { text: string; className?: string }) {
  if (!text) return null;
  return (
    <span className={className ?? 'native'} lang={scriptLang(text)}>
      {text}
    </span>
  );
}

/**
 * "Jinan 济南": a Latin name with its native name beside it when there is one. In a document
 * whose first language is Chinese the native name leads: "王伟 (Wang Wei)". The native form is
 * printed as entered, so a Chinese name keeps its family-name-first order.
 */
export function NameWithNative({ name, native, lang }: { name: string; native: string; lang?: DocumentLanguage }) {
  if (lang && native && native !== name && languagesOf(lang).primary === 'zh') {
    return (
      <>
        <Native text={native} /> ({name})
      </>
    );
  }
  return (
    <>
      {name}
      {native && native !== name ? (
        <>
          {' '}
          <Native text={native} />
        </>
      ) : null}
    </>
  );
}

/** Children separated by " · ", skipping empty ones. */
export function Joined({ parts, separator = ' · ' }: { parts: ReactNode[]; separator?: string }) {
  const shown = parts.filter((p) => p !== null && p !== undefined && p !== false && p !== '');
  return (
    <>
      {shown.map((part, i) => (
        <span key={i}>
          {i > 0 ? separator : null}
          {part}
        </span>
      ))}
    </>
  );
}

/** Multi-line user text: line breaks kept by the stylesheet (white-space: pre-line), never HTML. */
export function Paragraphs({ text, className }: { text: string; className?: string }) {
  const trimmed = text.trim();
  if (!trimmed) return null;
  return <p className={className ?? 'text'}>{trimmed}</p>;
}

/**
 * The user's own text and its translation (second-language fields), in the order a document in
 * `lang` prints them: single-language sv/en documents print the own text only; a Chinese one
 * leads with the translation (the hosts' language) and keeps the own text after it; bilingual
 * ones print the own text, then the translation. Empty second: the text once.
 */
export function ownAndTranslation(own: string, translation: string, lang: DocumentLanguage): { first: string; second: string } {
  const { primary, second } = languagesOf(lang);
  const other = translation.trim() === own.trim() ? '' : translation.trim();
  if (!other || !own.trim()) return { first: own.trim() || other, second: '' };
  if (second !== null) return { first: own, second: other };
  return primary === 'zh' ? { first: other, second: own } : { first: own, second: '' };
}

/** One-line text with its translation after it, smaller ("Möte med borgmästaren / 与市长会见"). */
export function Translated({ own, translation, lang }: { own: string; translation: string; lang: DocumentLanguage }) {
  const { first, second } = ownAndTranslation(own, translation, lang);
  return (
    <>
      <span lang={scriptLang(first)}>{first}</span>
      {second ? (
        <span className="second-language" lang={scriptLang(second)}>
          {second}
        </span>
      ) : null}
    </>
  );
}

/** Multi-line text and its translation as two paragraphs, the translation set apart. */
export function TranslatedParagraphs({ own, translation, lang, className }: { own: string; translation: string; lang: DocumentLanguage; className?: string }) {
  const { first, second } = ownAndTranslation(own, translation, lang);
  return (
    <>
      <Paragraphs text={first} className={className} />
      <Paragraphs text={second} className={`${className ?? 'text'} second-language-text`} />
    </>
  );
}
