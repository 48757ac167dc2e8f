import { useCallback, useEffect, useRef, useState } from 'react';
import type { OperationInput, OperationName, OperationResult } from '../../../shared/api/contract';
import type { ApiError } from '../../../shared/api/result';
import { useApi } from './context';
import { TransportError, type TransportProblem } from './client';

/**
 * Why not TanStack Query (measured for issue #14 on the bench's large trip, 1.77 MB workspace,
 * 2 shared cores under load): a write here patches the cached workspace from the row it answers
 * with (api/workspace-patch.ts); TanStack's setQueryData would do the same patch, so "save an
 * edit" cannot get faster by it. What it adds: ~10 KB gzip (33 KB minified) to the initial
 * bundle, and structural sharing over every whole-workspace answer (27–90 ms per fetch beside
 * 13–63 ms of JSON parsing, in the same run), which lands on "Programme interactive" and on every
 * colleague's change. Our hook is ~100 lines with one workspace query mounted, so the library
 * was not adopted. (Not measured: the bench's figures with a TanStack build side by side.)
 *
 * A deliberately tiny data-fetching layer: one hook that runs a read operation and re-runs it
 * when its input changes or a write invalidates it. Features wrap it in their own query
 * modules (features/<name>/queries.ts) so components never spell operation names.
 */

/** Why a query has no data: an operation failure or a transport problem. */
export type QueryError =
  | { kind: 'operation'; error: ApiError }
  | { kind: 'transport'; problem: TransportProblem; message: string };

export type QueryState<T> =
  /** Disabled (`enabled: false`): nothing to load, e.g. an empty search box. */
  | { status: 'idle'; data: undefined }
  /** `data` is the previous result while a reload runs, so lists do not flash empty. */
  | { status: 'loading'; data: T | undefined }
  | { status: 'success'; data: T }
  | { status: 'error'; error: QueryError; data: T | undefined };

export type QueryResult<T> = QueryState<T> & { reload: () => void };

/** A mounted query, as writes reach it: re-run it, or change its data in place. */
interface MountedQuery {
  name: OperationName;
  invalidate: () => void;
  /** Apply `update` to the data held (if any); `update` answering null asks for a refetch. */
  patch: (update: (data: never) => unknown) => void;
}
const mounted = new Set<MountedQuery>();

/**
 * Re-run every mounted query whose operation name starts with one of the prefixes
 * (e.g. 'trips:' after creating a trip), except the operations in `except` (a write that
 * patched them already, see updateQueryData). Mutations (api/mutation.ts) call this after a
 * successful write; a query re-runs once however many of its prefixes match.
 */
export function invalidateQueries(
  operationPrefixes: string | readonly string[],
  { except = [] }: { except?: readonly OperationName[] } = {},
): void {
  const prefixes = typeof operationPrefixes === 'string' ? [operationPrefixes] : operationPrefixes;
  for (const query of mounted) {
    if (!except.includes(query.name) && prefixes.some((prefix) => query.name.startsWith(prefix))) query.invalidate();
  }
}

/**
 * Change the data of every mounted `name` query in place (after a write, from the row it
 * answered with). `update` returns the new data, the same object for "not concerned", or null
 * when it cannot tell: that query then refetches. A query still loading refetches too, since its
 * answer may have been read before the write.
 */
export function updateQueryData<K extends OperationName>(
  name: K,
  update: (data: OperationResult<K>) => OperationResult<K> | null,
): void {
  for (const query of mounted) if (query.name === name) query.patch(update as (data: never) => unknown);
}

export function toQueryError(error: unknown): QueryError {
  if (error instanceof TransportError) {
    return { kind: 'transport', problem: error.problem, message: error.message };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'transport', problem: 'bad_response', message };
}

export interface QueryOptions {
  /** false: do not call (yet); the state is 'idle'. Default true. */
  enabled?: boolean;
}

export function useQuery<K extends OperationName>(
  name: K,
  input: OperationInput<K>,
  { enabled = true }: QueryOptions = {},
): QueryResult<OperationResult<K>> {
  const call = useApi();
  const key = JSON.stringify(input);
  const [revision, setRevision] = useState(0);
  const [state, setState] = useState<QueryState<OperationResult<K>>>(
    enabled ? { status: 'loading', data: undefined } : { status: 'idle', data: undefined },
  );

  // The data shown, for patches: read outside a state updater, which must stay free of effects.
  const dataRef = useRef<OperationResult<K> | undefined>(undefined);
  dataRef.current = state.data;
  const loadingRef = useRef(false);
  loadingRef.current = state.status === 'loading';

  useEffect(() => {
    const query: MountedQuery = {
      name,
      invalidate: () => setRevision((r) => r + 1),
      patch: (update) => {
        // A call in flight may have been answered before the write: ask again.
        if (loadingRef.current) setRevision((r) => r + 1);
        const current = dataRef.current;
        if (current === undefined) return;
        const next = (update as (data: OperationResult<K>) => OperationResult<K> | null)(current);
        if (next === null && !loadingRef.current) setRevision((r) => r + 1);
        if (next === null || next === current) return;
        dataRef.current = next;
        setState((previous) => (previous.status === 'idle' ? previous : { ...previous, data: next }));
      },
    };
    mounted.add(query);
    return () => {
      mounted.delete(query);
    };
  }, [name]);

  useEffect(() => {
    if (!enabled) {
      setState({ status: 'idle', data: undefined });
      return;
    }
    let current = true; // a newer input or an unmount makes this answer stale
    setState((previous) => ({ status: 'loading', data: previous.data }));
    call(name, JSON.parse(key) as OperationInput<K>).then(
      (result) => {
        if (!current) return;
        setState((previous) =>
          result.ok
            ? { status: 'success', data: result.value }
            : { status: 'error', error: { kind: 'operation', error: result.error }, data: previous.data },
        );
      },
      (error: unknown) => {
        if (!current) return;
        setState((previous) => ({ status: 'error', error: toQueryError(error), data: previous.data }));
      },
    );
    return () => {
      current = false;
    };
  }, [call, name, key, revision, enabled]);

  const reload = useCallback(() => setRevision((r) => r + 1), []);
  return { ...state, reload };
}
