import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../core/core';
import { databaseOf } from '../../core/db/raw-handle';
import { LiveSync } from '../../core/sync/live';
import { registerLiveSync } from '../../core/sync/registry';
import type { Team } from '../../core/sync/sync';
import { call, countRows, ok } from '../core/helpers';
import { laptops } from './laptops';
import { startSyncServer, type SyncServerProcess } from './server-process';

let server: SyncServerProcess;
let team: Team;

beforeAll(async () => {
  server = await startSyncServer();
  team = { url: server.url, token: await server.newTeam('live-address-book') };
});
afterAll(() => server?.stop());

/** A laptop as the app runs it: the team set up in Settings, its background sync registered. */
function runLive(core: Core, onChange: () => void, pollMs = 50): LiveSync {
  ok(core, 'sync:setTeam', team);
  const db = databaseOf(core);
  const live = new LiveSync(db, team, { pollMs, onAddressBookChange: onChange });
  registerLiveSync(db, live);
  live.start();
  return live;
}

/**
 * Resolves once `check` holds, looking again whenever a laptop applies a colleague's change and
 * on each of the loop's ticks (never a fixed sleep). The limit is generous: alone this takes
 * about a second, but with the whole suite on two cores a connection that missed its first
 * handshake waits out the provider's reconnect delay (once it timed out at 15 s that way).
 */
function until(listeners: Set<() => void>, what: string, check: () => boolean, timeoutMs = 60_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      listeners.delete(look);
      reject(new Error(`timed out waiting until ${what}`));
    }, timeoutMs);
    function look() {
      if (!check()) return;
      clearTimeout(timer);
      listeners.delete(look);
      resolve();
    }
    listeners.add(look);
    look();
  });
}

const hasContact = (core: Core, name: string) => countRows(core, 'contacts', 'name = ?', name) === 1;

describe('the background sync shares the address book while the app is open', () => {
  it('a contact created on A appears on B without a sync round being asked for; switched off on B, nothing more arrives', async () => {
    const [a, b, c] = laptops(3) as [Core, Core, Core];
    const listeners = new Set<() => void>();
    const notify = () => listeners.forEach((listener) => listener());
    const tick = setInterval(notify, 50);
    const live = [runLive(a, notify), runLive(b, notify), runLive(c, notify)];
    try {
      // Off until turned on; with a team set up it turns on.
      expect(ok(a, 'sync:getTeam', {})?.addressBook.on).toBe(false);
      for (const laptop of [a, b, c]) expect(ok(laptop, 'sync:setAddressBookSharing', { on: true })?.addressBook.on).toBe(true);

      const zhang = ok(a, 'contacts:create', { name: 'Zhang Min', nativeName: '张敏', title: 'Direktör för utrikesfrågor' });
      await until(listeners, 'B has the contact A created', () => hasContact(b, 'Zhang Min'));
      expect(ok(b, 'contacts:get', { id: zhang.id })).toMatchObject({ nativeName: '张敏', title: 'Direktör för utrikesfrågor' });
      // What the Contacts screen follows to reload, and the one line Settings shows.
      await until(listeners, 'B says when it last synced', () => (ok(b, 'sync:getTeam', {})?.addressBook.syncedAt ?? null) !== null);
      const shown = ok(b, 'sync:getTeam', {})!.addressBook;
      expect(shown.remoteChanges).toBeGreaterThan(0);
      expect(shown.lastError).toBeNull();

      // An edit travels too (the tables are captured again after local writes).
      ok(a, 'contacts:update', { id: zhang.id, patch: { phone: '+86 531 8888 0000' } });
      await until(listeners, "B has A's edit", () => ok(b, 'contacts:get', { id: zhang.id }).phone === '+86 531 8888 0000');

      // B switches off: its loop closes the document at its next tick (run here at once).
      expect(ok(b, 'sync:setAddressBookSharing', { on: false })?.addressBook.on).toBe(false);
      live[1]!.tick();
      ok(a, 'contacts:create', { name: 'Åsa Öberg', title: 'Kommunikationschef' });
      // C, still sharing, is the witness that A's new contact went through the server.
      await until(listeners, 'C has the contact A created after B switched off', () => hasContact(c, 'Åsa Öberg'));
      expect(hasContact(b, 'Åsa Öberg')).toBe(false);
      // B keeps its copy of what it had.
      expect(hasContact(b, 'Zhang Min')).toBe(true);
    } finally {
      clearInterval(tick);
      for (const loop of live) loop.stop();
    }
  });

  it("an edit made just before a colleague's change arrives still leaves the laptop, and is kept", async () => {
    const [a, b] = laptops(2) as [Core, Core];
    const listeners = new Set<() => void>();
    const notify = () => listeners.forEach((listener) => listener());
    const tick = setInterval(notify, 50);
    // A looks at its tables only when told (its poll interval outlasts the test), so B's change
    // can arrive between A's edit and A's next look, as it may in the app between two ticks.
    const liveA = runLive(a, notify, 3_600_000);
    const liveB = runLive(b, notify);
    try {
      for (const laptop of [a, b]) ok(laptop, 'sync:setAddressBookSharing', { on: true });
      const li = ok(a, 'contacts:create', { name: 'Li Wei', nativeName: '李伟' });
      liveA.tick();
      await until(listeners, 'B has the contact A created', () => hasContact(b, 'Li Wei'));

      ok(a, 'contacts:update', { id: li.id, patch: { phone: '+86 24 2222 0000' } });
      ok(b, 'contacts:create', { name: 'Karin Ek' });
      await until(listeners, "A has B's contact", () => hasContact(a, 'Karin Ek'));
      // B's change did not undo A's edit, and the edit reaches B.
      expect(ok(a, 'contacts:get', { id: li.id }).phone).toBe('+86 24 2222 0000');
      liveA.tick();
      await until(listeners, "B has A's edit", () => ok(b, 'contacts:get', { id: li.id }).phone === '+86 24 2222 0000', 20_000);
    } finally {
      clearInterval(tick);
      liveA.stop();
      liveB.stop();
    }
  });

  it('refuses the switch while no team is set up', () => {
    const [alone] = laptops(1) as [Core];
    const result = call(alone, 'sync:setAddressBookSharing', { on: true });
    expect(result.ok).toBe(false);
    expect(ok(alone, 'sync:getTeam', {})).toBeNull();
  });
});
