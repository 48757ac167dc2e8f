import { randomUUID } from 'node:crypto';

/** ISO-8601 UTC with milliseconds: sorts as text and reads back with Date.parse. */
export const now = (): string => new Date().toISOString();
export const newId = (): string => randomUUID();
