import type { ReactNode } from 'react';
import { Joined, scriptLang } from './text';

/** The programme's rows of facts about an item (host, interpreter, agenda…), compact but complete. */

/** Agenda points short enough to read in a row ("1. Välkomstord · 2. …"): at most 80 characters each. */
export function isShortList(text: string): boolean {
  return text.split('\n').every((line) => line.trim().length <= 80);
}

/** The lines of a short list in a row, " · " between them; the translation's lines after. */
export function InlineLines({ first, second }: { first: string; second: string }) {
  const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);
  return (
    <>
      <Joined parts={lines(first)} />
      {second ? (
        <span className="second-language-text agenda-second" lang={scriptLang(second)}>
          <Joined parts={lines(second)} />
        </span>
      ) : null}
    </>
  );
}

export interface FactRow {
  label: string;
  content: ReactNode;
  /** The value as text when it may share its row with the next short fact; null: a row of its own. */
  text: string | null;
}

export const fact = (label: string, content: ReactNode, text: string | null = null): FactRow => ({ label, content, text });

/** At most this many characters (label and value) share a row with another short fact. */
const SHORT_FACT = 42;
const isShortFact = (row: FactRow) => row.text !== null && row.label.length + row.text.length <= SHORT_FACT;

/**
 * An item's facts, label beside value; two short neighbours share a row ("Värd … · Tolk …"),
 * which keeps a meeting a line shorter without dropping a word.
 */
export function Facts({ rows }: { rows: (FactRow | null)[] }) {
  const shown = rows.filter((row): row is FactRow => row !== null);
  const lines: FactRow[][] = [];
  for (const row of shown) {
    const last = lines.at(-1);
    if (last && last.length === 1 && isShortFact(last[0]!) && isShortFact(row)) last.push(row);
    else lines.push([row]);
  }
  return (
    <dl className="entry-facts">
      {lines.map(([first, second]) =>
        second ? (
          <div key={first!.label} className="fact fact-pair">
            <dt>{first!.label}</dt>
            <dd>{first!.content}</dd>
            <dt>{second.label}</dt>
            <dd>{second.content}</dd>
          </div>
        ) : (
          <Fact key={first!.label} label={first!.label}>
            {first!.content}
          </Fact>
        ),
      )}
    </dl>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
