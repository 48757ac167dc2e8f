import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Paper } from '../../shared/documents/options';
import { PerDiemSheet, perDiemTitle } from '../../shared/documents/PerDiemSheet';
import type { PerDiemReport } from '../../shared/per-diem';
import { codePointsOfMarkup, facesFor, inlineFontFaceCss, shippedFaces } from './fonts';
import { DOCUMENT_CSP } from './html';
import { pageSettings, SIDE_MARGIN_MM, type PageSettings } from './page-settings';
import { PROGRAMME_CSS } from './stylesheet';
import type { AppLanguage } from '../../shared/domain/language';

/**
 * The per-diem sheet as a printable page, through the programme's pipeline: the same stylesheet,
 * inlined fonts (the names may be Chinese), CSP and paper settings, so both print engines print it.
 */
export function renderPerDiemDocument(report: PerDiemReport, tripTitle: string, lang: AppLanguage, paper: Paper): { html: string; title: string; page: PageSettings } {
  const title = perDiemTitle(tripTitle, lang);
  const body = renderToStaticMarkup(createElement(PerDiemSheet, { report, tripTitle, lang }));
  if (/<\/style/i.test(PROGRAMME_CSS)) throw new Error('The stylesheet must not close its <style> element');
  const fonts = inlineFontFaceCss(facesFor(codePointsOfMarkup(body, title, '0123456789'), shippedFaces()));
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const html =
    `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${DOCUMENT_CSP}">` +
    `<title>${escape(title)}</title><style>${fonts}\n${PROGRAMME_CSS}</style></head><body>${body}</body></html>`;
  const footerFaces = `<style>${inlineFontFaceCss(facesFor(codePointsOfMarkup(title, '0123456789 /'), shippedFaces()))}</style>`;
  const template = (content: string) =>
    `${footerFaces}<div style="font-family:'Noto Sans','Noto Sans SC',sans-serif;font-size:7.5pt;color:#5b6470;width:100%;padding:0 ${SIDE_MARGIN_MM}mm;display:flex;justify-content:space-between">${content}</div>`;
  const header = template(`<span>${escape(title)}</span>`);
  const footer = template('<span></span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span>');
  return { html, title, page: pageSettings(paper, header, footer) };
}
