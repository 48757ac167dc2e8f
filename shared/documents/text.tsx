import type { ReactNode } from 'react';

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

/** "Jinan 济南": a Latin name with its native name beside it when there is one. */
export function NameWithNative({ name, native }: { name: string; native: string }) {
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
