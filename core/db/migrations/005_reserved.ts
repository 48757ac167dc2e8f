import type { Migration } from './types';

/**
 * Placeholder for migration 005, which another branch adds (the organisation profile in
 * Settings). It exists only so that 006 can be version 6 on this branch; when the branches merge,
 * the real 005 replaces this file in index.ts and this file is deleted.
 */
export const reserved005: Migration = {
  version: 5,
  name: 'reserved (replaced by the real migration 005 at merge)',
  up: '',
};
