/**
 * Styles of the sheets to cut or fold (badges, place cards) and of second-language text. Kept
 * apart from the programme's stylesheet, which is long already. Positions and sizes come from
 * shared/documents/sheets.ts as inline styles; here only what they look like.
 */
export const SHEET_CSS = String.raw`
.second-language { display: block; font-size: 0.86em; font-weight: 400; color: var(--muted); }
.second-language-text { margin-top: 0.8mm; color: var(--muted); }
.entry-title .second-language { margin-top: 0.3mm; }
.members .second-language { margin-top: 0.3mm; }

.document.sheets { padding: 0; margin: 0; max-width: none; background: none; box-shadow: none; }
.sheet { position: relative; overflow: hidden; break-after: page; }
.sheet:last-child { break-after: auto; }
@media screen {
  .sheet { margin: 8mm auto; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.15); }
}
.sheet p { margin: 0; line-height: 1.22; overflow-wrap: anywhere; overflow: hidden; }

.crop-mark { position: absolute; background: var(--ink); }
.crop-v { width: 0.25pt; }
.crop-h { height: 0.25pt; }

.badge { position: absolute; padding: 4mm; display: flex; flex-direction: column; overflow: hidden; }
.badge-top { display: flex; align-items: center; gap: 2mm; height: 9mm; padding-bottom: 1.5mm; border-bottom: 0.6pt solid var(--accent); }
.badge-logo { max-height: 7.5mm; max-width: 30mm; width: auto; object-fit: contain; }
.badge-issuer { font-weight: 600; color: var(--accent); white-space: nowrap; }
.badge-person { flex: 1; display: flex; flex-direction: column; justify-content: center; gap: 0.6mm; }
.badge-name { font-weight: 700; }
.badge-other-name { font-weight: 400; }
.badge-title, .badge-organisation { color: var(--muted); }
.badge-title.second-language, .badge-organisation.second-language { display: block; }

.place-card { position: absolute; left: 0; }
.card-face { display: flex; flex-direction: column; justify-content: center; align-items: center; gap: 1.5mm; padding: 6mm 15mm; text-align: center; overflow: hidden; }
/* The upper face is read from across the table once folded: upside down on the flat sheet. */
.card-back { transform: rotate(180deg); }
.card-name { font-weight: 700; }
.card-other-name { font-weight: 400; }
.card-position { color: var(--muted); }
.fold-line, .cut-line { position: absolute; left: 0; right: 0; height: 0; }
.fold-line { border-top: 0.5pt dashed var(--muted); }
.cut-line { border-top: 0.5pt solid var(--rule); }
`;
