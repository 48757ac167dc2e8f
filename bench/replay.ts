import type Database from 'better-sqlite3';

/**
 * The floor of a core operation: exactly the SQL it runs, as bare prepared statements.
 *
 * `recordStatements` runs the operation once and notes every statement execution (SQL text,
 * method, bound parameters) by wrapping better-sqlite3's Statement methods for the duration, so
 * statements the services cache are seen too. `replayer` prepares each distinct SQL text once;
 * its `run` executes the same sequence in one transaction (as dispatch does) with no validation,
 * no mapping of rows and no other JavaScript: what SQLite itself has to do for the operation.
 */
export interface StatementCall {
  sql: string;
  method: 'run' | 'get' | 'all' | 'iterate';
  args: unknown[];
}

const TRANSACTION_CONTROL = /^\s*(BEGIN|COMMIT|END|ROLLBACK|SAVEPOINT|RELEASE)\b/i;

type StatementMethods = Record<StatementCall['method'], (...args: unknown[]) => unknown>;

export function recordStatements<T>(db: Database.Database, run: () => T): { result: T; calls: StatementCall[] } {
  const proto = Object.getPrototypeOf(db.prepare('SELECT 1')) as StatementMethods;
  const calls: StatementCall[] = [];
  const originals = { ...proto } as StatementMethods;
  for (const method of ['run', 'get', 'all', 'iterate'] as const) {
    const original = proto[method];
    originals[method] = original;
    proto[method] = function (this: { source: string }, ...args: unknown[]) {
      // The transaction around the operation is better-sqlite3's own BEGIN/COMMIT statements:
      // the replay opens its own.
      if (!TRANSACTION_CONTROL.test(this.source)) calls.push({ sql: this.source, method, args: structuredClone(args) });
      return original.apply(this, args);
    };
  }
  try {
    return { result: run(), calls };
  } finally {
    for (const method of ['run', 'get', 'all', 'iterate'] as const) proto[method] = originals[method];
  }
}

export interface Replay {
  /** The recorded steps with ids swapped (e.g. the recorded new item's id for a fresh one); untimed. */
  withIds(replacements: Map<string, string>): Step[];
  steps: Step[];
  /** Execute steps in one transaction: the timed part. */
  run(steps: Step[]): void;
  /** How many statements the operation executes. */
  count: number;
}

interface Step {
  statement: Database.Statement;
  method: StatementCall['method'];
  args: unknown[];
}

export function replayer(db: Database.Database, calls: StatementCall[]): Replay {
  const statements = new Map<string, Database.Statement>();
  for (const c of calls) if (!statements.has(c.sql)) statements.set(c.sql, db.prepare(c.sql));
  const steps: Step[] = calls.map((c) => ({ statement: statements.get(c.sql)!, method: c.method, args: c.args }));
  const transaction = db.transaction((list: Step[]) => {
    for (const step of list) {
      if (step.method === 'iterate') for (const row of step.statement.iterate(...step.args)) void row;
      else step.statement[step.method](...step.args);
    }
  });
  return {
    steps,
    count: steps.length,
    withIds: (replacements) => steps.map((s) => ({ ...s, args: s.args.map((a) => swap(a, replacements)) })),
    run: (list) => transaction(list),
  };
}

function swap(value: unknown, replacements: Map<string, string>): unknown {
  if (typeof value === 'string') {
    let out = value;
    for (const [from, to] of replacements) out = out.replaceAll(from, to);
    return out;
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, swap(v, replacements)]));
  }
  return value;
}
