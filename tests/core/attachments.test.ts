import { describe, expect, it } from 'vitest';
import { ATTACHMENT_MAX_BYTES, type AttachmentContent, type AttachmentInfo } from '../../shared/domain/attachment';
import type { TripWorkspace } from '../../shared/domain/workspace';
import { erasePersonalAttachments } from '../../core/services/attachments';
import { countRows, expectError, expectOk, freshCore, makeItem, makeMember, makeTrip, unknownId } from './helpers';
import { databaseOf } from '../../core/db/raw-handle';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('attachments', () => {
  it('stores the same content once, however often and wherever it is attached', () => {
    const core = freshCore();
    const trip = makeTrip(core);
    const anna = makeMember(core, trip.id, 'Anna Lindqvist');
    const item = makeItem(core, trip.id);
    const ticket = b64('E-ticket SK 1415 ARN–PEK, 王伟');
    const a = expectOk(core.dispatch('attachments:add', { tripId: trip.id, fileName: 'e-ticket.pdf', content: ticket })) as AttachmentInfo;
    expectOk(core.dispatch('attachments:add', { tripId: trip.id, memberId: anna.id, fileName: 'biljett.pdf', content: ticket }));
    expectOk(core.dispatch('attachments:add', { tripId: trip.id, itemId: item.id, fileName: 'ticket copy.pdf', content: ticket }));
    expect(countRows(core, 'attachments')).toBe(3);
    expect(countRows(core, 'blobs')).toBe(1);
    expect(a).toMatchObject({ mediaType: 'application/pdf', size: Buffer.from(ticket, 'base64').length, sensitive: false });
    expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);
    const content = expectOk(core.dispatch('attachments:content', { id: a.id })) as AttachmentContent;
    expect(Buffer.from(content.base64, 'base64').toString('utf8')).toBe('E-ticket SK 1415 ARN–PEK, 王伟');
  });

  it('marks a member’s attachments sensitive (personal data) whatever was asked', () => {
    const core = freshCore();
    const trip = makeTrip(core);
    const anna = makeMember(core, trip.id, 'Anna');
    const visa = expectOk(
      core.dispatch('attachments:add', { tripId: trip.id, memberId: anna.id, fileName: 'visum.jpg', content: b64('scan'), sensitive: false }),
    ) as AttachmentInfo;
    expect(visa).toMatchObject({ sensitive: true, memberId: anna.id, mediaType: 'image/jpeg' });
  });

  it('refuses a file over the limit with a clear message, storing nothing', () => {
    const core = freshCore();
    const trip = makeTrip(core);
    const tooLarge = Buffer.alloc(ATTACHMENT_MAX_BYTES + 1, 1).toString('base64');
    const error = expectError(core.dispatch('attachments:add', { tripId: trip.id, fileName: 'film.mp4', content: tooLarge }), 'invalid_input');
    expect(error.message).toMatch(/too large.*25 MB/);
    expect(countRows(core, 'blobs')).toBe(0);
    // Exactly at the limit is fine.
    const atLimit = Buffer.alloc(ATTACHMENT_MAX_BYTES, 2).toString('base64');
    expectOk(core.dispatch('attachments:add', { tripId: trip.id, fileName: 'presentation.pptx', content: atLimit }));
  });

  it('refuses an owner of another trip, and a member and an item at once', () => {
    const core = freshCore();
    const trip = makeTrip(core);
    const other = makeTrip(core, { title: 'Wuxi' });
    const stranger = makeMember(core, other.id, 'Stranger');
    expectError(core.dispatch('attachments:add', { tripId: trip.id, memberId: stranger.id, fileName: 'a.pdf', content: b64('x') }), 'conflict');
    const item = makeItem(core, trip.id);
    const mine = makeMember(core, trip.id, 'Mine');
    expectError(
      core.dispatch('attachments:add', { tripId: trip.id, memberId: mine.id, itemId: item.id, fileName: 'a.pdf', content: b64('x') }),
      'invalid_input',
    );
    expectError(core.dispatch('attachments:add', { tripId: unknownId, fileName: 'a.pdf', content: b64('x') }), 'not_found');
  });

  it('refuses to read a blob whose content no longer matches its hash', () => {
    const core = freshCore();
    const trip = makeTrip(core);
    const a = expectOk(core.dispatch('attachments:add', { tripId: trip.id, fileName: 'inbjudan.pdf', content: b64('original') })) as AttachmentInfo;
    databaseOf(core).prepare('UPDATE blobs SET content = ? WHERE sha256 = ?').run(Buffer.from('altered!'), a.sha256);
    const error = expectError(core.dispatch('attachments:content', { id: a.id }), 'conflict');
    expect(error.message).toMatch(/inbjudan\.pdf.*damaged/);
  });

  it('refuses a torn blob in the file itself (size and content must agree)', () => {
    const core = freshCore();
    const trip = makeTrip(core);
    const a = expectOk(core.dispatch('attachments:add', { tripId: trip.id, fileName: 'x.pdf', content: b64('0123456789') })) as AttachmentInfo;
    expect(() => databaseOf(core).prepare('UPDATE blobs SET content = ? WHERE sha256 = ?').run(Buffer.from('01234'), a.sha256)).toThrow(/CHECK/);
  });

  it('deletes undoably: the bytes stay while undo may need them, and go once nothing can', () => {
    const core = freshCore();
    const trip = makeTrip(core);
    const item = makeItem(core, trip.id);
    const a = expectOk(core.dispatch('attachments:add', { tripId: trip.id, itemId: item.id, fileName: 'karta.png', content: b64('map') })) as AttachmentInfo;
    const { trashId } = expectOk(core.dispatch('attachments:delete', { id: a.id })) as { trashId: string };
    expect(countRows(core, 'attachments')).toBe(0);
    expect(countRows(core, 'blobs')).toBe(1);
    expectOk(core.dispatch('trash:restore', { trashId }));
    const ws = expectOk(core.dispatch('trips:workspace', { id: trip.id })) as TripWorkspace;
    expect(ws.attachments.map((x) => x.id)).toEqual([a.id]);
    expect(Buffer.from((expectOk(core.dispatch('attachments:content', { id: a.id })) as AttachmentContent).base64, 'base64').toString()).toBe('map');

    // Deleting the item takes its attachment along, and undoing that brings it back.
    const deleted = expectOk(core.dispatch('items:delete', { id: item.id })) as { trashId: string };
    expect(countRows(core, 'attachments')).toBe(0);
    expectOk(core.dispatch('trash:restore', { trashId: deleted.trashId }));
    expect(countRows(core, 'attachments')).toBe(1);

    // Once the trash no longer holds it, deleting frees the bytes.
    expectOk(core.dispatch('attachments:delete', { id: a.id }));
    databaseOf(core).prepare('DELETE FROM trash').run();
    const other = expectOk(core.dispatch('attachments:add', { tripId: trip.id, fileName: 'y.txt', content: b64('y') })) as AttachmentInfo;
    expectOk(core.dispatch('attachments:delete', { id: other.id }));
    databaseOf(core).prepare('DELETE FROM trash').run();
    expect(erasePersonalAttachments(databaseOf(core), unknownId)).toBe(0);
    expect(countRows(core, 'blobs')).toBe(0);
  });

  it('keeps blob contents out of the workspace', () => {
    const core = freshCore();
    const trip = makeTrip(core);
    expectOk(core.dispatch('attachments:add', { tripId: trip.id, fileName: 'big.bin', content: Buffer.alloc(100_000, 7).toString('base64') }));
    const ws = expectOk(core.dispatch('trips:workspace', { id: trip.id })) as TripWorkspace;
    expect(ws.attachments).toHaveLength(1);
    expect(JSON.stringify(ws).length).toBeLessThan(10_000);
  });

  it('erases a member’s attachments for good (GDPR hook), leaving shared content another uses', () => {
    const core = freshCore();
    const trip = makeTrip(core);
    const anna = makeMember(core, trip.id, 'Anna');
    expectOk(core.dispatch('attachments:add', { tripId: trip.id, memberId: anna.id, fileName: 'pass.jpg', content: b64('passport') }));
    expectOk(core.dispatch('attachments:add', { tripId: trip.id, memberId: anna.id, fileName: 'ticket.pdf', content: b64('ticket') }));
    expectOk(core.dispatch('attachments:add', { tripId: trip.id, fileName: 'ticket.pdf', content: b64('ticket') }));
    expect(erasePersonalAttachments(databaseOf(core), anna.id)).toBe(2);
    expect(countRows(core, 'attachments')).toBe(1);
    expect(countRows(core, 'blobs')).toBe(1);
    expect(countRows(core, 'trash')).toBe(0);
  });
});
