/**
 * A remote update or a sync step this laptop refuses, with one sentence for the user. Nothing of
 * a refused update is applied. `incompatible_schema`: the document comes from a newer app.
 */
export class SyncRefusal extends Error {
  constructor(
    message: string,
    readonly code: 'invalid_update' | 'incompatible_schema' | 'token_refused' | 'unreachable' | 'bad_url' = 'invalid_update',
  ) {
    super(message);
    this.name = 'SyncRefusal';
  }
}
