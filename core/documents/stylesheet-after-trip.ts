/**
 * Print styles of the documents around the programme: the seating plan, the post-trip report,
 * the invitation data pack, and cancelled items. Appended to PROGRAMME_CSS (the same page).
 * Long names and titles wrap inside their cells (overflow-wrap: anywhere), never past the page.
 */
export const AFTER_TRIP_CSS = String.raw`
.entry.cancelled .entry-title-text, .report-programme .state-cancelled .report-item-title,
.report-meeting.state-cancelled .report-item-title, .seating-sheet.cancelled .entry-title-text { text-decoration: line-through; }
.state-mark { font-weight: 400; color: var(--internal); }

/* Seating plan */
.briefing-seating { break-before: page; }
.seating-title { margin-top: 2mm; font-size: 15pt; line-height: 1.25; overflow-wrap: anywhere; }
.briefing-seating .seating-title { font-size: 13pt; }
.seating-when { margin-top: 1.5mm; font-size: 10.5pt; }
.seating-table { margin-top: 0.5mm; }
.seating-layout { margin: 4mm auto 0; width: 105mm; break-inside: avoid; }
.seating-diagram { display: block; width: 100%; height: auto; }
.seating-diagram .table-top { fill: var(--soft); stroke: var(--muted); stroke-width: 0.4; }
.seating-diagram .seat circle { stroke: var(--accent); stroke-width: 0.5; fill: #fff; }
.seating-diagram .seat-host circle { fill: var(--accent); }
.seating-diagram .seat-host text { fill: #fff; }
.seating-diagram .seat-empty circle { stroke: var(--rule); stroke-dasharray: 1 1; }
.seating-diagram text { font-family: 'Noto Sans', sans-serif; font-weight: 600; fill: var(--accent); }
.seating-legend { text-align: center; font-size: 8pt; }
.legend-host { color: var(--accent); }
.seating-list, .report-table, .invitation-data-table { margin-top: 4mm; width: 100%; border-collapse: collapse; table-layout: fixed; }
.seating-list th, .seating-list td, .report-table th, .report-table td, .invitation-data-table th, .invitation-data-table td {
  padding: 1mm 2mm 1mm 0; text-align: left; vertical-align: top; border-bottom: 0.5pt solid var(--rule); overflow-wrap: anywhere;
}
.seating-list th, .report-table th, .invitation-data-table th { font-size: 7.5pt; font-weight: 600; color: var(--muted); }
.seating-list th:first-child { width: 10mm; }
.seating-list th:nth-child(2) { width: 38%; }
.seating-list th:last-child { width: 16mm; }
.seating-list tr { break-inside: avoid; }
.seating-list .native, .report-table .native, .invitation-data-table .native { white-space: normal; overflow-wrap: anywhere; }
.seat-number { font-weight: 600; font-variant-numeric: tabular-nums; }
.seating-unseated { margin-top: 3mm; }

/* Post-trip report */
.report .cover-kind { margin-top: 8mm; }
.report .cover-title { overflow-wrap: anywhere; }
.report-section { margin-top: 7mm; }
.report-section .section-title { font-size: 12pt; margin-bottom: 1.5mm; }
.report-summary .section-title { margin-top: 5mm; }
.report-table tr { break-inside: avoid; }
.report-programme th:first-child { width: 33mm; }
.report-programme th:last-child { width: 26mm; }
.report-outcome { margin-top: 0.8mm; color: var(--muted); white-space: pre-line; }
.report-meeting { margin-top: 3.5mm; break-inside: avoid; }
.report-meeting-title { font-size: 10.5pt; overflow-wrap: anywhere; }
.report-agreements { margin: 1mm 0 0; padding-left: 5mm; }

/* Invitation data pack (landscape): columns as wide as their words need, words never split
   (a passport number broken over two lines is misread), long text wraps between words. */
.invitation-data-table { font-size: 8pt; table-layout: auto; }
.invitation-data-table th, .invitation-data-table td { overflow-wrap: break-word; hyphens: manual; }
.invitation-data-table .passport-number { white-space: nowrap; }
.invitation-data-table tr { break-inside: avoid; }
.invitation-data-table .missing { color: var(--internal); font-style: italic; }
.invitation-data-table .stay { display: block; }
.passport-number { font-variant-numeric: tabular-nums; }
@media screen { .variant-invitation-data.document { max-width: 297mm; } }
`;
