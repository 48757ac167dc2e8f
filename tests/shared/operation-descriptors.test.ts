import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { affectedBy, ASYNC_OPERATIONS, contract, operationNames } from '../../shared/api/contract';
import type { OperationDescriptor } from '../../shared/api/operation';
import { INDEXED_READS, READ_ONLY_OPERATIONS } from '../../core/api/dispatch';
import { defaultInvalidation } from '../../renderer/src/api/mutation';

/**
 * Each contract entry says what its operation is; the core's transaction modes and the
 * renderer's invalidation come from there, so they cannot disagree with the contract.
 */
describe('one descriptor per operation', () => {
  it('refuses (at type-check time) an entry that does not say whether it reads or writes', () => {
    const withoutMode = { input: z.object({}), result: undefined };
    // @ts-expect-error — `mode` is missing: `npm run typecheck` fails on such an entry.
    const entry: OperationDescriptor = withoutMode;
    expect(entry).toBe(withoutMode);
  });

  it('runs exactly the write entries as write transactions, and only reads the rest', () => {
    for (const name of operationNames) {
      expect(READ_ONLY_OPERATIONS.has(name), name).toBe(contract[name].mode !== 'write');
    }
    expect([...ASYNC_OPERATIONS].sort()).toEqual([
      'database:encrypt',
      'database:encryptionStatus',
      'documents:pdf',
      'documents:warmUp',
      'perDiem:pdf',
      'privacy:exportPerson',
    ]);
    expect([...INDEXED_READS].sort()).toEqual(['contacts:list', 'search:global']);
  });

  it('has every write name what it changes, and the renderer re-reads exactly that', () => {
    for (const name of operationNames) {
      const affects = affectedBy(name);
      if (contract[name].mode === 'write') expect(affects.length, name).toBeGreaterThan(0);
      else expect(affects, name).toEqual([]);
      expect(defaultInvalidation(name)).toEqual(affects.map((area) => `${area}:`));
    }
  });

  it('re-reads the programme after an address-book change (items name their contacts)', () => {
    expect(defaultInvalidation('contacts:update')).toEqual(expect.arrayContaining(['contacts:', 'items:', 'meetings:', 'trips:']));
    expect(defaultInvalidation('organisations:delete')).toEqual(expect.arrayContaining(['organisations:', 'contacts:', 'items:']));
    // An import or an undone delete may touch anything of a trip, the checks and documents included.
    expect(defaultInvalidation('sharing:applyImport')).toEqual(expect.arrayContaining(['members:', 'checks:', 'documents:']));
    expect(defaultInvalidation('trash:restore')).toEqual(expect.arrayContaining(['members:', 'items:', 'contacts:']));
  });
});
