import type { Migration } from './types';
import { initialSchema } from './001_initial';
import { sharedVersions } from './002_shared_versions';
import { trash } from './003_trash';

/** Every schema version in order. Never edit a released migration; add the next one. */
export const migrations: readonly Migration[] = [initialSchema, sharedVersions, trash];

export const LATEST_SCHEMA_VERSION = migrations.length;
