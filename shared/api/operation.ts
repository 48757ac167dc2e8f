import type { z } from 'zod';

/**
 * What one contract entry declares about its operation, beside its input schema and result type.
 * Every list about operations (which only read, which are async, which use the search index,
 * what the renderer re-reads after a write) is derived from these fields, never kept beside the
 * contract, so a new operation cannot be forgotten in one of them.
 *
 * - `read`: runs in a deferred transaction (works on a read-only file, never takes the write lock).
 * - `write`: runs in an immediate transaction; `affects` names the data it may change, and the
 *   renderer re-runs every query of those areas after it succeeds.
 * - `async`: reads inside the transaction, then finishes outside it (printing; core/api/deferred.ts);
 *   dispatch answers it with a promise.
 */
export type OperationMode = 'read' | 'write' | 'async';

/**
 * The parts of the data an operation reads or changes, named like the operations' prefixes
 * ('members' → 'members:list', 'members:…'): the renderer invalidates queries by that prefix.
 */
export type DataArea =
  | 'trips'
  | 'members'
  | 'groups'
  | 'items'
  | 'meetings'
  | 'organisations'
  | 'contacts'
  | 'search'
  | 'trash'
  | 'documents'
  | 'checks'
  | 'sharing'
  | 'backups'
  | 'settings'
  | 'demo'
  | 'gifts'
  | 'attachments'
  | 'budget'
  | 'perDiem'
  | 'privacy'
  | 'database'
  | 'sync';

/** The shape every contract entry must have; the contract's `satisfies` check names any entry without it. */
export interface OperationDescriptor {
  input: z.ZodType;
  result: unknown;
  mode: OperationMode;
  /** Writes only: what becomes stale when it succeeds. */
  affects?: readonly DataArea[];
  /** Reads only: the operation uses the search index, which dispatch brings up to date first. */
  usesSearchIndex?: boolean;
}

// The result type lives only in the type system; the value is a placeholder never read.
const noValue = <Result>() => undefined as unknown as Result;

/** An operation that only reads (or writes only optional bookkeeping that may fail on a read-only file). */
export const read =
  <Result>(options: { usesSearchIndex?: boolean } = {}) =>
  <Input extends z.ZodType>(input: Input) => ({ mode: 'read' as const, input, result: noValue<Result>(), ...options });

/** An operation that changes data: `affects` lists what the renderer must re-read after it. */
export const write =
  <Result>(affects: readonly DataArea[]) =>
  <Input extends z.ZodType>(input: Input) => ({ mode: 'write' as const, input, result: noValue<Result>(), affects });

/** An operation that reads in its transaction and finishes after it (e.g. printing a PDF). */
export const asyncRead =
  <Result>() =>
  <Input extends z.ZodType>(input: Input) => ({ mode: 'async' as const, input, result: noValue<Result>() });

/**
 * @deprecated The entry shape from before descriptors, without a mode: an entry still written
 * `op<Result>()(schema)` (on a branch from before) is reported by the contract's `satisfies`
 * check as missing `mode`, at that entry. Declare it with read, write or asyncRead instead.
 */
export const op =
  <Result>() =>
  <Input extends z.ZodType>(input: Input) => ({ input, result: noValue<Result>() });
