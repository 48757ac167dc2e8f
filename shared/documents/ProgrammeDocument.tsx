import { Cover, Delegation, documentKindLabel, memberName } from './Cover';
import { DietarySheet } from './DietarySheet';
import { HostOverview, HostSchedule } from './HostOverview';
import { InvitationLetter } from './InvitationLetter';
import { documentLabels } from './labels';
import type { ProgrammeModel } from './model-types';
import { Practical } from './Practical';
import { NameBadges, PlaceCards } from './NameCards';
import { languagesOf, type DocumentLanguage } from './options';
import { Programme } from './Programme';
import { SeatingSheet } from './seating/SeatingSheet';
import { ReportDocument } from './report/ReportDocument';
import { InvitationDataDocument } from './invitation-data/InvitationDataDocument';

/**
 * The programme document: a pure function of the model. The same markup is printed by Chromium
 * (CLI, tests), by Electron's printToPDF and shown as the live preview.
 */
export function ProgrammeDocument({ model }: { model: ProgrammeModel }) {
  const t = documentLabels[model.settings.lang];
  // The letter and the sheet are documents of their own, not a programme with a cover.
  if (model.settings.variant === 'invitation') {
    return (
      <main className="document variant-invitation">
        <InvitationLetter model={model} t={t} />
      </main>
    );
  }
  if (model.settings.variant === 'badges' || model.settings.variant === 'place-cards') {
    return (
      <main className={`document sheets variant-${model.settings.variant}`}>
        {model.settings.variant === 'badges' ? <NameBadges model={model} /> : <PlaceCards model={model} />}
      </main>
    );
  }
  if (model.settings.variant === 'dietary') {
    return (
      <main className="document variant-dietary">
        <DietarySheet model={model} t={t} />
      </main>
    );
  }
  if (model.settings.variant === 'seating') {
    return (
      <main className="document variant-seating">{model.seatingSheet ? <SeatingSheet sheet={model.seatingSheet} lang={model.settings.lang} /> : null}</main>
    );
  }
  if (model.settings.variant === 'report') {
    return (
      <main className="document variant-report">
        <ReportDocument model={model} />
      </main>
    );
  }
  if (model.settings.variant === 'invitation-data') {
    return (
      <main className="document variant-invitation-data">
        <InvitationDataDocument model={model} />
      </main>
    );
  }
  return (
    <main className={`document variant-${model.settings.variant}${model.member ? ' personal' : ''}`}>
      <Cover model={model} t={t} />
      <Delegation model={model} t={t} />
      {model.settings.variant === 'hosts' ? <HostOverview model={model} t={t} /> : <Programme model={model} t={t} />}
      {model.member?.side === 'host' && model.settings.variant !== 'hosts' ? (
        <section className="host-overview">
          <HostSchedule host={model.member} model={model} t={t} />
        </section>
      ) : null}
      <Practical model={model} t={t} />
      {model.seatingPlans.map((sheet) => (
        <div key={sheet.item.id} className="briefing-seating">
          <SeatingSheet sheet={sheet} lang={model.settings.lang} headingLevel={2} />
        </div>
      ))}
    </main>
  );
}

/** The PDF's title (document properties, window title): "Program – Resa till Jinan". */
export function documentTitle(model: ProgrammeModel): string {
  const t = documentLabels[model.settings.lang];
  const kind = documentKindLabel(model, t);
  const who = model.member ? ` – ${memberName(model.member)}` : '';
  return `${kind}: ${model.trip.title}${who}`;
}

/**
 * A complete HTML page. `css` is the app's own stylesheet and font faces (never user text);
 * `contentSecurityPolicy` keeps the page from fetching or running anything.
 */
export function ProgrammeHtml({ model, css, contentSecurityPolicy }: { model: ProgrammeModel; css: string; contentSecurityPolicy: string }) {
  if (/<\/style/i.test(css)) throw new Error('The stylesheet must not close its <style> element');
  return (
    <html lang={htmlLang(model.settings.lang)}>
      <head>
        <meta charSet="utf-8" />
        <meta httpEquiv="Content-Security-Policy" content={contentSecurityPolicy} />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{documentTitle(model)}</title>
        <style dangerouslySetInnerHTML={{ __html: css }} />
      </head>
      <body>
        <ProgrammeDocument model={model} />
      </body>
    </html>
  );
}

const templateText = {
  fontFamily: "'Noto Sans', 'Noto Sans SC', sans-serif",
  fontSize: '7.5pt',
  color: '#5b6470',
  width: '100%',
  display: 'flex',
  justifyContent: 'space-between',
  gap: '8mm',
  WebkitPrintColorAdjust: 'exact',
} as const;

/**
 * Chromium's running header (both print engines take the same template). Margins: the template
 * spans the whole paper width, so it pads itself to line up with the text column.
 */
export function RunningHeader({ model, sideMarginMm }: { model: ProgrammeModel; sideMarginMm: number }) {
  const t = documentLabels[model.settings.lang];
  // Passport numbers (the letter) and health data (the dietary sheet) are marked on every page.
  const personalData = model.settings.variant === 'invitation' || model.settings.variant === 'dietary' || model.settings.variant === 'invitation-data';
  const marked = model.internal || personalData;
  return (
    <div style={{ ...templateText, padding: `0 ${sideMarginMm}mm`, marginTop: '7mm' }}>
      <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{model.trip.title}</span>
      <span style={{ whiteSpace: 'nowrap', color: marked ? '#a4262c' : undefined, fontWeight: marked ? 600 : undefined }}>
        {model.internal ? t.internalBanner : personalData ? `${documentKindLabel(model, t)} · ${t.personalDataBanner}` : documentKindLabel(model, t)}
        {model.member ? ` · ${model.member.name}` : ''}
      </span>
    </div>
  );
}

/** The page's language for fonts and readers: its first language ("zh-Hans" for Chinese). */
function htmlLang(lang: DocumentLanguage): string {
  const { primary } = languagesOf(lang);
  return primary === 'zh' ? 'zh-Hans' : primary;
}

/** Chromium fills the pageNumber and totalPages spans: "Sida 1 av 4" / "Page 1 of 4" / "第 1 页，共 4". */
export function RunningFooter({ model, sideMarginMm }: { model: ProgrammeModel; sideMarginMm: number }) {
  // The page label is made of fragments around Chromium's numbers: one language only.
  const t = documentLabels[languagesOf(model.settings.lang).primary];
  return (
    <div style={{ ...templateText, padding: `0 ${sideMarginMm}mm`, marginBottom: '6mm' }}>
      <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
        {[model.organisationName, model.organisationContact].filter(Boolean).join(' · ')}
      </span>
      <span style={{ whiteSpace: 'nowrap' }}>
        {t.page.before}
        <span className="pageNumber" />
        {t.page.between}
        <span className="totalPages" />
        {t.page.after}
      </span>
    </div>
  );
}
