import { useCallback, useEffect, useState } from 'react';
import type { OperationInput, OperationName, OperationResult } from '../../../shared/api/contract';
import type { ApiError } from '../../../shared/api/result';
import { useApi } from './context';
import { TransportError, type TransportProblem } from './client';

/**
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

type Listener = (operationPrefixes: readonly string[]) => void;
const listeners = new Set<Listener>();

/**
 * Re-run every mounted query whose operation name starts with one of the prefixes
 * (e.g. 'trips:' after creating a trip). Mutations (api/mutation.ts) call this after a
 * successful write; a query re-runs once however many of its prefixes match.
 */
export function invalidateQueries(operationPrefixes: string | readonly string[]): void {
  const prefixes = typeof operationPrefixes === 'string' ? [operationPrefixes] : operationPrefixes;
  for (const listener of listeners) listener(prefixes);
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

  useEffect(() => {
    const listener: Listener = (prefixes) => {
      if (prefixes.some((prefix) => name.startsWith(prefix))) setRevision((r) => r + 1);
    };
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
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
