import { describe, expect, it, vi } from 'vitest';
import type { TripFile } from '../../core/sharing';
import type { AttachmentContent, AttachmentInfo } from '../../shared/domain/attachment';
import type { TripWorkspace } from '../../shared/domain/workspace';
import type { Core } from '../../core/core';
import { databaseHash, demoCore, failure, freshCore, JINAN_ID, ok } from './helpers';
import { databaseOf } from '../../core/db/raw-handle';

/**
 * Attachments in trip files: left out unless asked for, carried with their bytes when asked,
 * imported once (content-addressed), and a damaged or hostile blob refused with nothing changed.
 */
function jinanWithAttachments(): { core: Core; ws: TripWorkspace } {
  const core = demoCore();
  const ws = ok(core, 'trips:workspace', { id: JINAN_ID });
  const member = ws.members[1]!;
  const meeting = ws.items.find((i) => i.kind === 'meeting')!;
  const b64 = (text: string) => Buffer.from(text).toString('base64');
  // Files list attachments by time added, then by (random) id: a second apart under a fake clock,
  // the voucher is always attachments[0], which the hostile cases below name in their messages.
  vi.useFakeTimers({ toFake: ['Date'] });
  try {
    const add = (input: Record<string, unknown>) => {
      vi.setSystemTime(Date.now() + 1000);
      ok(core, 'attachments:add', { tripId: JINAN_ID, ...input } as never);
    };
    add({ fileName: 'Hotellvoucher.pdf', content: b64('%PDF voucher') });
    add({ memberId: member.id, fileName: 'visum 签证.jpg', content: b64('visa scan') });
    add({ itemId: meeting.id, fileName: 'agenda.pdf', content: b64('%PDF voucher') });
  } finally {
    vi.useRealTimers();
  }
  return { core, ws };
}

const exportWith = (core: Core, includeAttachments: boolean) =>
  ok(core, 'sharing:exportTrip', { tripId: JINAN_ID, includeAttachments }).content;

describe('attachments in trip files', () => {
  it('are left out unless asked for', () => {
    const { core } = jinanWithAttachments();
    const file = JSON.parse(exportWith(core, false)) as TripFile;
    expect(file.attachments).toBeUndefined();
  });

  it('travel with their bytes when asked, and import into a fresh database with contents intact', () => {
    const { core } = jinanWithAttachments();
    const text = exportWith(core, true);
    const file = JSON.parse(text) as TripFile;
    // Compared sorted: which attachments travel and how they are marked, whatever the file's order.
    expect(file.attachments!.map((a) => [a.fileName, a.sensitive]).sort()).toEqual([
      ['Hotellvoucher.pdf', false],
      ['agenda.pdf', false],
      ['visum 签证.jpg', true],
    ]);
    const other = freshCore();
    ok(other, 'sharing:applyImport', { content: text });
    const imported = ok(other, 'trips:workspace', { id: JINAN_ID }).attachments;
    expect(imported.map((a: AttachmentInfo) => a.fileName).sort()).toEqual(['Hotellvoucher.pdf', 'agenda.pdf', 'visum 签证.jpg']);
    expect((databaseOf(other).prepare('SELECT count(*) AS n FROM blobs').get() as { n: number }).n).toBe(2);
    const visa = imported.find((a) => a.fileName === 'visum 签证.jpg')!;
    expect(visa.sensitive).toBe(true);
    const content = ok(other, 'attachments:content', { id: visa.id }) as AttachmentContent;
    expect(Buffer.from(content.base64, 'base64').toString()).toBe('visa scan');
    // Importing the same file again adds nothing.
    ok(other, 'sharing:applyImport', { content: text });
    expect(ok(other, 'attachments:list', { tripId: JINAN_ID })).toHaveLength(3);
  });

  it('an older file without the section still imports', () => {
    const { core } = jinanWithAttachments();
    const file = JSON.parse(exportWith(core, true)) as TripFile & { attachments?: unknown };
    delete file.attachments;
    const other = freshCore();
    expect(ok(other, 'sharing:applyImport', { content: JSON.stringify(file) }).applied).toBe(true);
  });

  const hostile: [string, (file: TripFile) => void, RegExp][] = [
    ['a blob whose bytes do not match its hash', (f) => { f.attachments![0]!.content = Buffer.from('%PDF vouchers').toString('base64'); f.attachments![0]!.size = 13; }, /attachments\[0\]\.sha256: The contents do not match their checksum/],
    ['a hash that is not a hash', (f) => { f.attachments![0]!.sha256 = 'x'.repeat(64); }, /attachments\[0\]\.sha256: Not a SHA-256 checksum/],
    ['a huge declared size', (f) => { f.attachments![0]!.size = 10 ** 12; }, /attachments\[0\]\.size: An attachment holds at most 25 MB/],
    ['a declared size the bytes do not have', (f) => { f.attachments![0]!.size = 3; }, /Holds 12 bytes but declares 3/],
    // The file lists attachments by id (random), so pick one on the trip itself, not on an item.
    ['an owner that is not in the file', (f) => { f.attachments!.find((a) => !a.itemId)!.memberId = '00000000-0000-4000-8000-000000000009'; }, /Refers to member/],
    ['an attachment of another trip', (f) => { f.attachments![0]!.tripId = '00000000-0000-4000-8000-000000000009'; }, /another trip/],
  ];

  for (const [name, mutate, message] of hostile) {
    it(`refuses ${name}, changing nothing`, () => {
      const { core } = jinanWithAttachments();
      const file = JSON.parse(exportWith(core, true)) as TripFile;
      mutate(file);
      const other = freshCore();
      const before = databaseHash(other);
      for (const operation of ['sharing:previewImport', 'sharing:applyImport'] as const) {
        const error = failure(other, operation, { content: JSON.stringify(file) });
        expect(error.code).toBe('invalid_input');
        expect(error.message).toMatch(message);
      }
      expect(databaseHash(other)).toBe(before);
    });
  }
});
