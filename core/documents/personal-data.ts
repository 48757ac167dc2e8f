import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { AppLanguage } from '../../shared/domain/language';
import { PersonalDataReport, personalDataTitle } from '../../shared/documents/PersonalDataReport';
import type { PersonRecord } from '../../shared/domain/privacy';
import { codePointsOfMarkup, facesFor, inlineFontFaceCss, shippedFaces } from './fonts';
import { DOCUMENT_CSP } from './html';
import { pageSettings, type PageSettings } from './page-settings';

/** A person's data extract as a self-contained page (fonts inlined, like the programme). */
const CSS = `
body { font-family: 'Noto Sans', 'Noto Sans SC', sans-serif; font-size: 10.5pt; color: #111; margin: 0; }
h1 { font-size: 20pt; margin: 0 0 4mm; } h1 .native { font-weight: normal; }
h2 { font-size: 13pt; margin: 8mm 0 2mm; border-bottom: 1px solid #999; break-after: avoid; }
h3 { font-size: 11pt; margin: 4mm 0 1mm; }
.kind { text-transform: uppercase; letter-spacing: 0.08em; color: #555; margin: 0 0 2mm; }
.personal-data-banner { border: 1px solid #a00; color: #a00; padding: 1mm 3mm; display: inline-block; font-weight: bold; }
.facts div { display: grid; grid-template-columns: 45mm 1fr; break-inside: avoid; }
.facts dt { color: #555; } .facts dd { margin: 0; white-space: pre-wrap; }
ul { margin: 0; padding-left: 5mm; }
`;

export function renderPersonalDataDocument(record: PersonRecord, lang: AppLanguage): { html: string; title: string; page: PageSettings } {
  const title = personalDataTitle(record, lang);
  const body = renderToStaticMarkup(createElement(PersonalDataReport, { record, lang }));
  const page = (css: string) =>
    `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${DOCUMENT_CSP}">` +
    `<title>${escapeHtml(title)}</title><style>${css}</style></head><body>${body}</body></html>`;
  const faces = facesFor(codePointsOfMarkup(page(CSS)), shippedFaces());
  const footer = `<div style="font-size:8pt;width:100%;text-align:right;padding:0 18mm;"><span class="pageNumber"></span>/<span class="totalPages"></span></div>`;
  return { html: page(`${inlineFontFaceCss(faces)}\n${CSS}`), title, page: pageSettings('a4', '<span></span>', footer) };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}
