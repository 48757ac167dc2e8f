import type { ServerStore } from './store';

export async function openPostgresStore(_url: string): Promise<ServerStore> {
  throw new Error('PostgreSQL store: not built yet');
}
