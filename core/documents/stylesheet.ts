/**
 * The programme's print stylesheet. Page size and margins are NOT set here (no @page size):
 * they live in page-settings.ts, the one place both print engines read them from.
 * Units are mm/pt because this is paper; colours stay calm and print in greyscale too.
 */
export const PROGRAMME_CSS = String.raw`
:root {
  --ink: #1d232b;
  --muted: #5b6470;
  --rule: #d8dde3;
  --accent: #1f4e79;
  --soft: #f3f5f8;
  --internal: #a4262c;
  --internal-soft: #fbf0f0;
}
* { box-sizing: border-box; }
html {
  font-family: 'Noto Sans', 'Noto Sans SC', sans-serif;
  font-size: 9.5pt;
  line-height: 1.45;
  color: var(--ink);
  -webkit-print-color-adjust: exact;
  print-color-adjust: exact;
  font-kerning: normal;
  text-rendering: optimizeLegibility;
}
body { margin: 0; }
p { margin: 0; }
h1, h2, h3 { font-weight: 600; margin: 0; break-after: avoid; }
/* Chromium builds the PDF outline from the laid-out heading text and drops the space where a
   heading wraps ("Jinan ochShenyang"); pre-wrap keeps it. Headings are single-line text. */
h1, h2 { white-space: pre-wrap; }
dl, dd { margin: 0; }
img { max-width: 100%; }
strong { font-weight: 600; }
.muted { color: var(--muted); }
.nowrap { white-space: nowrap; }
.text, .entry-description, .entry-note { white-space: pre-line; }

/* Screen (live preview): paper-like column; print ignores this. */
@media screen {
  html { background: #e9ecef; }
  .document { background: #fff; max-width: 210mm; margin: 8mm auto; padding: 18mm; box-shadow: 0 1px 4px rgba(0,0,0,.15); }
}

/* Cover */
.cover { padding-top: 2mm; }
.cover-organisation { display: flex; align-items: center; gap: 4mm; min-height: 12mm; padding-bottom: 4mm; border-bottom: 0.6pt solid var(--rule); }
.cover-logo { height: 14mm; width: auto; max-width: 60mm; object-fit: contain; }
.cover-organisation-name { font-size: 11pt; font-weight: 600; color: var(--accent); }
.cover-kind { margin-top: 11mm; font-size: 8.5pt; font-weight: 600; letter-spacing: 0.1em; text-transform: uppercase; color: var(--accent); }
.cover-title { margin-top: 2.5mm; max-width: 160mm; font-size: 23pt; line-height: 1.2; letter-spacing: -0.005em; }
.cover-member { margin-top: 3mm; font-size: 12pt; }
.cover-dates { margin-top: 5mm; font-size: 12.5pt; }
.cover-destinations { margin-top: 0.5mm; font-size: 12.5pt; color: var(--muted); }
.cover-destinations .native { color: var(--ink); }
.cover-facts { display: grid; grid-template-columns: 1fr 1fr; gap: 3.5mm 10mm; margin-top: 8mm; padding-top: 4.5mm; border-top: 0.6pt solid var(--rule); }
.cover-facts dt, .members th, .follow-up-table th {
  font-size: 7.5pt; font-weight: 600; letter-spacing: 0.08em; text-transform: uppercase; color: var(--muted);
}
.cover-facts dd { margin-top: 1mm; }
.cover-purpose { grid-column: 1 / -1; }
.internal-banner {
  display: inline-block; margin-top: 8mm; padding: 1.2mm 3mm; border: 1pt solid var(--internal);
  color: var(--internal); font-size: 8.5pt; font-weight: 600; letter-spacing: 0.08em;
}
.internal-banner + .cover-kind { margin-top: 8mm; }

/* Invitation letter and dietary sheet: a letterhead, a personal-data mark, no cover. */
.letterhead { display: flex; align-items: center; gap: 4mm; min-height: 12mm; padding-bottom: 4mm; border-bottom: 0.6pt solid var(--rule); }
.letterhead-contact { font-size: 8.5pt; color: var(--muted); }
.personal-data-banner {
  display: inline-block; margin-top: 5mm; padding: 1mm 3mm; border: 1pt solid var(--internal);
  color: var(--internal); font-size: 8.5pt; font-weight: 600; letter-spacing: 0.08em; text-transform: uppercase;
}
.letter p, .dietary-sheet p { margin-top: 3mm; }
.letter-recipient { margin-top: 6mm; }
.letter-subject { margin-top: 6mm; font-size: 15pt; line-height: 1.25; }
.letter-section { margin-top: 5mm; break-inside: avoid; }
.letter-section h2 { font-size: 10.5pt; }
.letter-costs { margin-top: 2mm; padding-left: 5mm; }
.letter-visitors, .dietary-table { margin-top: 4mm; width: 100%; border-collapse: collapse; }
.letter-visitors th, .letter-visitors td, .dietary-table th, .dietary-table td { padding: 1.2mm 2mm 1.2mm 0; text-align: left; vertical-align: top; border-bottom: 0.5pt solid var(--rule); }
.letter-visitors th, .dietary-table th { font-size: 8pt; font-weight: 600; color: var(--muted); }
.letter-passport { font-variant-numeric: tabular-nums; white-space: nowrap; }
.letter-signature { margin-top: 8mm; break-inside: avoid; }
.letter-signature-line { margin-top: 14mm !important; padding-top: 1mm; width: 70mm; border-top: 0.5pt solid var(--ink); font-size: 8pt; color: var(--muted); }
.dietary-facts { margin-top: 5mm; display: grid; gap: 2mm; }
.dietary-facts dt { font-size: 8pt; font-weight: 600; color: var(--muted); }
.dietary-guests { font-size: 14pt; font-weight: 600; }
.dietary-table td { font-size: 11pt; }

/* Delegation */
.delegation, .hosts { margin-top: 9mm; }
/* Host overview (incoming visits): who of us is needed when. */
.host-overview { break-before: page; }
.host-day, .host-schedule { margin-top: 6mm; }
.host-day h2, .host-schedule h2 { font-size: 11pt; }
.host-table { font-size: 9pt; }
.host-table th:first-child { width: 18%; }
.host-table th:last-child { width: 34%; }
.host-time { white-space: nowrap; font-variant-numeric: tabular-nums; }
.host-item { font-weight: 600; }
.host-dietary { display: block; margin-top: 1mm; }
.host-schedule ul { margin: 1.5mm 0 0; padding-left: 4mm; font-size: 9pt; }
.members { font-size: 9pt; }
.members th:first-child { width: 36%; }
.members td:nth-child(3) { white-space: nowrap; }
.delegation h2, .hosts h2, .practical h2 { font-size: 12pt; padding-bottom: 1.5mm; border-bottom: 1.2pt solid var(--ink); }
table { width: 100%; border-collapse: collapse; }
th { text-align: left; padding: 2mm 4mm 1.2mm 0; border-bottom: 0.6pt solid var(--rule); }
td { padding: 1.4mm 4mm 1.4mm 0; border-bottom: 0.6pt solid var(--rule); vertical-align: top; }
tr { break-inside: avoid; }
.member-name { font-weight: 600; }
.member-name .native { font-weight: 400; color: var(--muted); }
.member-contact { display: block; font-weight: 400; color: var(--muted); }
tr.is-reader td { background: var(--soft); }
tr.is-reader td:first-child { box-shadow: inset 1.5pt 0 0 var(--accent); padding-left: 2mm; }

/* Sections that start a page */
.programme, .practical { break-before: page; }
.section-title { font-size: 17pt; line-height: 1.25; color: var(--accent); margin-bottom: 2mm; }

/* Days */
.day { margin-top: 6mm; }
.day-top { break-inside: avoid; break-after: avoid; }
.day-header { display: flex; justify-content: space-between; align-items: baseline; gap: 4mm; padding-bottom: 1.5mm; border-bottom: 1.2pt solid var(--ink); }
.day-title { font-size: 12pt; }
.day-zone { font-size: 7.5pt; color: var(--muted); white-space: nowrap; }
/* The programme's rows are set a little tighter than the rest: a state visit has 420 of them. */
.entries { list-style: none; margin: 0; padding: 0; font-size: 8.5pt; line-height: 1.25; }
.entry { display: grid; grid-template-columns: 21mm 1fr; column-gap: 4mm; padding: 1mm 0 1.2mm; border-bottom: 0.5pt solid var(--rule); break-inside: avoid; }
/* A long item may continue on the next page, but never right after its title, and its parts
   (address, journey, each fact, notes) stay whole. */
.entry.long { break-inside: auto; }
.entry.long .entry-title, .entry-block-label, .internal-label { break-after: avoid; }
.entry.long .place, .entry.long .journey, .entry.long .fact, .entry.long .entry-note, .entry.long .internal .fact { break-inside: avoid; }
.entry.long .text { orphans: 3; widows: 2; }
.with-home .entry, .entry-columns { grid-template-columns: 21mm 24mm 1fr; }
.entry-columns { display: grid; column-gap: 4mm; padding: 1.5mm 0 0; font-size: 7.5pt; color: var(--muted); }
.entry-time .time, .entry-home .time { display: block; font-weight: 600; font-variant-numeric: tabular-nums; }
.entry-home .time { font-weight: 400; color: var(--muted); }
.entry-time .zone, .entry-home .zone { display: block; font-size: 7.5pt; color: var(--muted); }
/* The kind leads the title's line, in small capitals. */
.entry-kind { margin-right: 1.5mm; font-size: 7pt; font-weight: 600; letter-spacing: 0.09em; text-transform: uppercase; color: var(--accent); }
.entry-title { font-size: 9.5pt; font-weight: 600; line-height: 1.25; }
.entry-line { margin-top: 0.3mm; }
.place-local { color: var(--muted); }
.journey-label { display: inline-block; min-width: 15mm; color: var(--muted); }
.journey-service { color: var(--muted); }
.entry-description { margin-top: 0.5mm; }
.entry-facts { margin-top: 0.6mm; }
.fact { display: grid; grid-template-columns: 32mm 1fr; column-gap: 3mm; margin-top: 0.4mm; }
.entries .fact { grid-template-columns: 27mm 1fr; margin-top: 0.2mm; }
/* Labels in two languages ("Deltar (30 av 60) / 参加人员（60人中30人）") need the room. */
.bilingual .entries .fact { grid-template-columns: 40mm 1fr; }
/* Two short facts in one row: the second label sits at the middle of the value column. */
.entries .fact.fact-pair { grid-template-columns: 27mm 1fr auto 1fr; }
.entries .fact-pair dt + dd + dt { margin-left: 3mm; }
.bilingual .entries .fact.fact-pair { grid-template-columns: 40mm 1fr auto 1fr; }
.fact dt { color: var(--muted); }
/* People (counterparts, contacts) run on in a row, "; " between them. */
.person { display: inline; }
.agenda-second { display: block; }
.native { white-space: nowrap; }
.place-local .native, .card-line .native, .contact-line .native { white-space: normal; }
.entry-block { margin-top: 1.5mm; }
.entry-block-label { color: var(--muted); }
.entry-note { margin-top: 1mm; padding: 0.8mm 3mm; background: var(--soft); border-left: 1.5pt solid var(--accent); }
.part-check-out, .part-all-day { padding: 1.8mm 0 2mm; }
.part-check-out .entry-title { font-size: 9.5pt; }

/* Organisers only (briefing) */
.internal { margin-top: 2.5mm; padding: 2mm 3mm 2.2mm; background: var(--internal-soft); border-left: 1.5pt solid var(--internal); }
.internal-label { margin-bottom: 0.5mm; font-size: 7pt; font-weight: 600; letter-spacing: 0.1em; text-transform: uppercase; color: var(--internal); }
.internal .fact { grid-template-columns: 34mm 1fr; }
.internal .fact dt { color: #6d3a3d; }
.internal-inline { color: var(--internal); }
.follow-ups { margin: 0; padding-left: 4mm; }
.gift-list-compact { margin: 0; padding-left: 4mm; }
.gift-list th, .gift-list td { padding: 1.2mm 2mm 1.2mm 0; text-align: left; vertical-align: top; border-bottom: 0.5pt solid var(--rule); font-size: 9pt; }
.gift-list th { font-size: 8pt; font-weight: 600; color: var(--muted); }
.gift-list .num { text-align: right; white-space: nowrap; }

/* Practical information */
.practical section { margin-top: 7mm; }
.practical section:first-of-type { margin-top: 4mm; }
.practical h2 { margin-bottom: 3mm; }
.cards { display: grid; grid-template-columns: 1fr 1fr; gap: 4mm; }
.card { padding: 3mm 4mm; border: 0.6pt solid var(--rule); border-radius: 1.5mm; break-inside: avoid; }
.card-title { font-size: 10.5pt; font-weight: 600; }
.card-line { margin-top: 0.8mm; }
.contact-columns { columns: 2; column-gap: 10mm; }
.contact-group h3 { margin: 0 0 1.2mm; padding-top: 3mm; font-size: 7.5pt; letter-spacing: 0.09em; text-transform: uppercase; color: var(--accent); }
.contact-list { margin: 0; padding: 0; list-style: none; }
.contact { break-inside: avoid; margin-bottom: 2.2mm; }
.contact-name { font-weight: 600; }
.contact-name .native { font-weight: 400; }
.budget-summary-table { margin-top: 2mm; font-size: 9pt; }
.budget-summary-table th, .budget-summary-table td { padding: 0.8mm 2mm 0.8mm 0; text-align: left; border-bottom: 0.5pt solid var(--rule); }
.budget-summary-table th { font-size: 8pt; font-weight: 600; color: var(--muted); }
.budget-summary-table .amount { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.budget-summary-table .total td { font-weight: 600; }
.budget-summary-note { margin-top: 1mm; font-size: 9pt; color: var(--muted); }
.per-diem-member { break-inside: avoid-page; margin-top: 6mm; }
.per-diem-rules, .per-diem-journeys { font-size: 8.5pt; color: var(--muted); }
.per-diem-table { font-size: 8pt; }
.plain-list { margin: 0; padding: 0; list-style: none; }
.plain-list li { margin-top: 0.8mm; }
`;
