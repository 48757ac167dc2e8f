import type { Migration } from './types';
import { initialSchema } from './001_initial';

/** Every schema version in order. Never edit a released migration; add the next one. */
export const migrations: readonly Migration[] = [initialSchema];

export const LATEST_SCHEMA_VERSION = migrations.length;
