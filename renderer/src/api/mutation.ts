import { useCallback, useRef, useState } from 'react';
import type { ApiCall } from '../../../shared/api/client';
import { affectedBy, type OperationInput, type OperationName, type OperationResult } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/result';
import { TransportError } from './client';
import { useApi } from './context';
import { invalidateQueries, updateQueryData } from './query';
import { patchesWorkspace, patchWorkspace } from './workspace-patch';

/**
 * Writes. A mutation calls one operation, and after a successful write re-runs the mounted
 * queries it may have changed (by operation-name prefix). It always resolves to an ApiResult,
 * transport failures included, so a form has one shape to map onto its fields.
 *
 * What a write invalidates comes from its contract entry (`affects`): 'members:update' affects
 * members, trips (the workspace and the trips list aggregate every entity of a trip) and search,
 * so every 'members:…', 'trips:…' and 'search:…' query re-runs. Pass `invalidates` to override.
 * The open trip's workspace is the exception where it can be: a write whose answer is the row
 * it wrote patches the workspace in place (workspace-patch.ts) instead of refetching the whole
 * trip, which on a large trip is most of the time a save takes.
 */
export function defaultInvalidation(name: OperationName): string[] {
  return affectedBy(name).map((area) => `${area}:`);
}

/** Call an operation without throwing: a transport failure becomes an `internal` result. */
export async function callSafely<K extends OperationName>(
  call: ApiCall,
  name: K,
  input: OperationInput<K>,
): Promise<ApiResult<OperationResult<K>>> {
  try {
    return await call(name, input);
  } catch (error) {
    const message =
      error instanceof TransportError || error instanceof Error ? error.message : 'Delegation Planner is not answering';
    return { ok: false, error: { code: 'internal', message } };
  }
}

/** A write outside a component (undo, multi-step restores): call, then invalidate on success. */
export async function runMutation<K extends OperationName>(
  call: ApiCall,
  name: K,
  input: OperationInput<K>,
  invalidates: readonly string[] = defaultInvalidation(name),
): Promise<ApiResult<OperationResult<K>>> {
  const result = await callSafely(call, name, input);
  if (!result.ok) return result;
  if (patchesWorkspace(name)) {
    const { value } = result;
    updateQueryData('trips:workspace', (workspace) => patchWorkspace(workspace, name, input, value));
    invalidateQueries(invalidates, { except: ['trips:workspace'] });
  } else {
    invalidateQueries(invalidates);
  }
  return result;
}

export interface Mutation<K extends OperationName> {
  mutate: (input: OperationInput<K>) => Promise<ApiResult<OperationResult<K>>>;
  /** True while at least one call of this mutation is in flight. */
  pending: boolean;
}

export function useMutation<K extends OperationName>(
  name: K,
  options: { invalidates?: readonly string[] } = {},
): Mutation<K> {
  const call = useApi();
  const [inFlight, setInFlight] = useState(0);
  const invalidatesRef = useRef(options.invalidates);
  invalidatesRef.current = options.invalidates;
  const mutate = useCallback(
    async (input: OperationInput<K>) => {
      setInFlight((n) => n + 1);
      try {
        return await runMutation(call, name, input, invalidatesRef.current ?? defaultInvalidation(name));
      } finally {
        setInFlight((n) => n - 1);
      }
    },
    [call, name],
  );
  return { mutate, pending: inFlight > 0 };
}
