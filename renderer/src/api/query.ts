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
  /** `data` is the previous result while a reload runs, so lists do not flash empty. */
  | { status: 'loading'; data: T | undefined }
  | { status: 'success'; data: T }
  | { status: 'error'; error: QueryError; data: T | undefined };

export type QueryResult<T> = QueryState<T> & { reload: () => void };

type Listener = (operationPrefix: string) => void;
const listeners = new Set<Listener>();

/**
 * Re-run every mounted query whose operation name starts with `operationPrefix`
 * (e.g. 'trips:' after creating a trip). Mutations call this after a successful write.
 */
export function invalidateQueries(operationPrefix: string): void {
  for (const listener of listeners) listener(operationPrefix);
}

export function toQueryError(error: unknown): QueryError {
  if (error instanceof TransportError) {
    return { kind: 'transport', problem: error.problem, message: error.message };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'transport', problem: 'bad_response', message };
}

export function useQuery<K extends OperationName>(
  name: K,
  input: OperationInput<K>,
): QueryResult<OperationResult<K>> {
  const call = useApi();
  const key = JSON.stringify(input);
  const [revision, setRevision] = useState(0);
  const [state, setState] = useState<QueryState<OperationResult<K>>>({ status: 'loading', data: undefined });

  useEffect(() => {
    const listener: Listener = (prefix) => {
      if (name.startsWith(prefix)) setRevision((r) => r + 1);
    };
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, [name]);

  useEffect(() => {
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
  }, [call, name, key, revision]);

  const reload = useCallback(() => setRevision((r) => r + 1), []);
  return { ...state, reload };
}
