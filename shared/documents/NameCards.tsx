import type { DocumentMember, ProgrammeModel } from './model-types';
import { languagesOf, type DocumentLanguage } from './options';
import { BADGE_MM, badgeCell, badgeGrid, CROP_GAP_MM, CROP_LENGTH_MM, fittedFontSize, PAPER_MM, perSheet, placeCardFace, type BadgeGrid } from './sheets';
import { ownAndTranslation, scriptLang } from './text';
import { SheetRules } from './sheet-rules';

/**
 * Name badges and place cards: one per member, both sides, in order of precedence (the model's
 * member order). Text is sized to its box here (the page runs no script): fittedFontSize errs
 * wide, and long titles get a second line, so nothing runs outside a badge or a card face.
 * Parts are plain functions called in order, not components, so every class they ask of
 * SheetRules exists before the <style> element that closes the sheets is written.
 */

const mm = (n: number) => `${n}mm`;
const pt = (n: number) => `${n}pt`;

/** What a badge or card says about a person, in the order the document's language reads it. */
function personText(m: DocumentMember, lang: DocumentLanguage) {
  const nativeFirst = languagesOf(lang).primary === 'zh' && m.nativeName !== '' && m.nativeName !== m.name;
  const other = m.nativeName === m.name ? '' : m.nativeName;
  return {
    lead: nativeFirst ? m.nativeName : m.name,
    other: nativeFirst ? m.name : other,
    title: ownAndTranslation(m.title, m.translation.title, lang),
    organisation: ownAndTranslation(m.organisation, m.translation.organisation, lang),
  };
}

function line(rules: SheetRules, { text, size, className, lines = 1 }: { text: string; size: number; className: string; lines?: number }) {
  if (!text) return null;
  const sized = rules.className({ 'font-size': pt(size), 'max-height': pt(lines * 1.25 * size) });
  return (
    <p className={`${className} ${sized}`} lang={scriptLang(text)}>
      {text}
    </p>
  );
}

const box = (rules: SheetRules, b: { left?: number; top: number; width: number; height: number }) =>
  rules.className({ ...(b.left === undefined ? {} : { left: mm(b.left) }), top: mm(b.top), width: mm(b.width), height: mm(b.height) });

export function NameBadges({ model }: { model: ProgrammeModel }) {
  const { paper, lang } = model.settings;
  const grid = badgeGrid(paper);
  const page = PAPER_MM[paper];
  const inner = BADGE_MM.width - 8;
  const rules = new SheetRules();
  const paperBox = rules.className({ width: mm(page.width), height: mm(page.height - 0.5) });
  const sheets = perSheet(peopleOf(model), grid.columns * grid.rows).map((people, sheet) => (
        <section key={sheet} className={`sheet badge-sheet ${paperBox}`}>
          {cropMarks(rules, grid, people.length)}
          {people.map((m, k) => {
            const cell = badgeCell(grid, k);
            const p = personText(m, lang);
            return (
              <article key={m.id} className={`badge side-${m.side} ${box(rules, cell)}`}>
                <header className="badge-top">
                  {model.logo ? <img className="badge-logo" src={model.logo} alt="" /> : null}
                  {line(rules, { text: model.organisationName, size: fittedFontSize(model.organisationName, { widthMm: model.logo ? inner - 32 : inner, maxPt: 7, minPt: 5 }), className: 'badge-issuer' })}
                </header>
                <div className="badge-person">
                  {line(rules, { text: p.lead, size: fittedFontSize(p.lead, { widthMm: inner, maxPt: 17, minPt: 9, lines: 2 }), className: 'badge-name', lines: 2 })}
                  {line(rules, { text: p.other, size: fittedFontSize(p.other, { widthMm: inner, maxPt: 12, minPt: 7 }), className: 'badge-other-name' })}
                  {twoLanguages(rules, p.title, inner, 8.5, 'badge-title')}
                  {twoLanguages(rules, p.organisation, inner, 8, 'badge-organisation')}
                </div>
              </article>
            );
          })}
        </section>
  ));
  return (
    <>
      {sheets}
      <style>{rules.css()}</style>
    </>
  );
}

/** A text and its second language, each up to two lines. */
function twoLanguages(rules: SheetRules, pair: { first: string; second: string }, widthMm: number, maxPt: number, className: string) {
  return (
    <>
      {line(rules, { text: pair.first, size: fittedFontSize(pair.first, { widthMm, maxPt, minPt: 6, lines: 2 }), className, lines: 2 })}
      {line(rules, { text: pair.second, size: fittedFontSize(pair.second, { widthMm, maxPt: maxPt - 1, minPt: 6, lines: 2 }), className: `${className} second-language`, lines: 2 })}
    </>
  );
}

/** Short lines in the margin at every cut, never on a badge: where to put the ruler. */
function cropMarks(rules: SheetRules, grid: BadgeGrid, count: number) {
  const rows = Math.ceil(count / grid.columns);
  const marks: { left: string; top: string; width?: string; height?: string }[] = [];
  const bottom = grid.top + rows * BADGE_MM.height;
  const right = grid.left + grid.columns * BADGE_MM.width;
  for (let c = 0; c <= grid.columns; c++) {
    const x = grid.left + c * BADGE_MM.width;
    marks.push({ left: mm(x), top: mm(grid.top - CROP_GAP_MM - CROP_LENGTH_MM), height: mm(CROP_LENGTH_MM) });
    marks.push({ left: mm(x), top: mm(bottom + CROP_GAP_MM), height: mm(CROP_LENGTH_MM) });
  }
  for (let r = 0; r <= rows; r++) {
    const y = grid.top + r * BADGE_MM.height;
    marks.push({ top: mm(y), left: mm(grid.left - CROP_GAP_MM - CROP_LENGTH_MM), width: mm(CROP_LENGTH_MM) });
    marks.push({ top: mm(y), left: mm(right + CROP_GAP_MM), width: mm(CROP_LENGTH_MM) });
  }
  return (
    <>
      {marks.map((mark, i) => (
        <span key={i} className={`crop-mark ${mark.width ? 'crop-h' : 'crop-v'} ${rules.className(mark as Record<string, string>)}`} aria-hidden="true" />
      ))}
    </>
  );
}

/**
 * Tent cards, two per sheet: each card is half the paper, folded along its middle (the dashed
 * line). The name is on both faces; the upper face is turned 180° so that, folded, both read
 * the right way up, one to the table and one to the guests across it.
 */
export function PlaceCards({ model }: { model: ProgrammeModel }) {
  const { paper, lang } = model.settings;
  const page = PAPER_MM[paper];
  const face = placeCardFace(paper);
  const rules = new SheetRules();
  const paperBox = rules.className({ width: mm(page.width), height: mm(page.height - 0.5) });
  const sheets = perSheet(peopleOf(model), 2).map((people, sheet) => (
    <section key={sheet} className={`sheet card-sheet ${paperBox}`}>
      {people.map((m, k) => (
        <article key={m.id} className={`place-card ${box(rules, { top: k * 2 * face.height, width: face.width, height: 2 * face.height })}`}>
          {cardFace(rules, m, lang, face, 'card-face card-back')}
          <span className={`fold-line ${rules.className({ top: mm(face.height) })}`} aria-hidden="true" />
          {cardFace(rules, m, lang, face, 'card-face card-front')}
        </article>
      ))}
      {people.length > 1 ? <span className={`cut-line ${rules.className({ top: mm(2 * face.height) })}`} aria-hidden="true" /> : null}
    </section>
  ));
  return (
    <>
      {sheets}
      <style>{rules.css()}</style>
    </>
  );
}

function cardFace(rules: SheetRules, member: DocumentMember, lang: DocumentLanguage, face: { width: number; height: number }, className: string) {
  const p = personText(member, lang);
  const width = face.width - 30;
  const position = [p.title.first, p.organisation.first].filter(Boolean).join(', ');
  const positionSecond = [p.title.second, p.organisation.second].filter(Boolean).join(', ');
  return (
    <div className={`${className} ${rules.className({ height: mm(face.height) })}`}>
      {line(rules, { text: p.lead, size: fittedFontSize(p.lead, { widthMm: width, maxPt: 32, minPt: 14, lines: 2 }), className: 'card-name', lines: 2 })}
      {line(rules, { text: p.other, size: fittedFontSize(p.other, { widthMm: width, maxPt: 24, minPt: 10 }), className: 'card-other-name' })}
      {line(rules, { text: position, size: fittedFontSize(position, { widthMm: width, maxPt: 11, minPt: 7, lines: 2 }), className: 'card-position', lines: 2 })}
      {line(rules, { text: positionSecond, size: fittedFontSize(positionSecond, { widthMm: width, maxPt: 9, minPt: 7, lines: 2 }), className: 'card-position second-language', lines: 2 })}
    </div>
  );
}

/** Everyone in order of precedence, or the one member asked for (a replacement badge). */
const peopleOf = (model: ProgrammeModel): DocumentMember[] => (model.member ? [model.member] : model.members);
