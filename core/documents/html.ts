import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { buildProgrammeModel } from '../../shared/documents/model';
import type { ProgrammeModel } from '../../shared/documents/model-types';
import type { DocumentSettings } from '../../shared/documents/options';
import { documentTitle, ProgrammeHtml, RunningFooter, RunningHeader } from '../../shared/documents/ProgrammeDocument';
import type { TripWorkspace } from '../../shared/domain/workspace';
import { codePointsOfMarkup, facesFor, inlineFontFaceCss, shippedFaces } from './fonts';
import { pageSettings, sheetPageSettings, SIDE_MARGIN_MM, type PageSettings } from './page-settings';
import { PROGRAMME_CSS as BASE_CSS } from './stylesheet';
import { AFTER_TRIP_CSS } from './stylesheet-after-trip';
import { SHEET_CSS } from './sheet-stylesheet';
import { SHEET_VARIANTS } from '../../shared/documents/options';

const PROGRAMME_CSS = `${BASE_CSS}\n${AFTER_TRIP_CSS}`;

/**
 * The page may load nothing from anywhere and run nothing: fonts and the logo are inlined as
 * data: URLs, styles are inline. A hostile text field therefore has nowhere to go even if it
 * were not escaped (React escapes it anyway).
 */
export const DOCUMENT_CSP = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:";

export interface RenderedDocument {
  /** A complete, self-contained HTML page (fonts inlined). */
  html: string;
  /** Document title (also the PDF's Title). */
  title: string;
  /** Paper, margins, running header/footer, tagging, outline: give to either print engine. */
  page: PageSettings;
  model: ProgrammeModel;
}

export interface RenderOptions {
  /** 'inline' (default): embed the fonts the text needs; 'none': rely on installed fonts (fast previews). */
  fonts?: 'inline' | 'none';
}

/** Workspace + settings → the printable HTML page and how to print it. Pure apart from reading font files. */
export function renderProgrammeDocument(workspace: TripWorkspace, settings: DocumentSettings, options: RenderOptions = {}): RenderedDocument {
  const model = buildProgrammeModel(workspace, settings);
  const css = `${PROGRAMME_CSS}\n${SHEET_CSS}`;
  // Badges and place cards are cut and folded: the whole paper is theirs, no running header or footer.
  const sheet = SHEET_VARIANTS.includes(settings.variant);
  let headerTemplate = renderToStaticMarkup(createElement(RunningHeader, { model, sideMarginMm: SIDE_MARGIN_MM }));
  let footerTemplate = renderToStaticMarkup(createElement(RunningFooter, { model, sideMarginMm: SIDE_MARGIN_MM }));

  const inline = (options.fonts ?? 'inline') === 'inline';
  // The text decides which faces are needed, so the page is rendered once with a marker where
  // the faces go, then the marker is replaced (a second React render of a 420-item programme
  // cost as much as printing it).
  let html =
    '<!DOCTYPE html>' +
    renderToStaticMarkup(createElement(ProgrammeHtml, { model, css: inline ? `${FONT_FACES_MARKER}\n${css}` : css, contentSecurityPolicy: DOCUMENT_CSP }));
  if (inline) {
    const faces = facesFor(codePointsOfMarkup(html, headerTemplate, footerTemplate), shippedFaces());
    const fontCss = inlineFontFaceCss(faces);
    // Searched from the <style> on: the <title> before it holds the trip's title (user text;
    // React escapes its '<', so '<style' can only be the element itself).
    const at = html.indexOf(FONT_FACES_MARKER, html.indexOf('<style'));
    html = html.slice(0, at) + fontCss + html.slice(at + FONT_FACES_MARKER.length);
    // Chromium renders the running header and footer as separate documents that do NOT see the
    // page's web fonts (they fall back to whatever the system has), so each template carries the
    // faces its own text needs, page-number digits included.
    const templateFaces = facesFor(codePointsOfMarkup(headerTemplate, footerTemplate, '0123456789'), shippedFaces());
    const templateStyle = `<style>${inlineFontFaceCss(templateFaces)}</style>`;
    headerTemplate = templateStyle + headerTemplate;
    footerTemplate = templateStyle + footerTemplate;
  }
  const page = sheet
    ? sheetPageSettings(settings.paper)
    : pageSettings(settings.paper, headerTemplate, footerTemplate, LANDSCAPE_VARIANTS.has(settings.variant));
  return { html, title: documentTitle(model), page, model };
}

/** Where the inlined @font-face rules go; a CSS comment, so it is harmless if ever left. */
const FONT_FACES_MARKER = '/*document-font-faces*/';

/** Wide tables print across the paper (the invitation data pack has eleven columns). */
const LANDSCAPE_VARIANTS = new Set<DocumentSettings['variant']>(['invitation-data']);
