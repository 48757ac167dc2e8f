import type { Page } from '@playwright/test';
import type { Core } from '../../core/index';
import { collectPageErrors, expect, test } from './fixtures';
import { openApp, openRoute } from './helpers';
import { call } from './seed';

/**
 * A save updates the open trip from the row the write answered with: the screens show the edit
 * without fetching the whole trip again (on a state-visit-sized trip that answer is over a
 * megabyte), and a failed save changes nothing on screen.
 */

function seedTrip(core: Core) {
  const trip = call(core, 'trips:create', {
    title: 'Wuxi delegation to Södertälje',
    direction: 'incoming',
    destinations: [{ city: 'Södertälje', nativeName: '南泰利耶', country: 'SE', timeZone: 'Europe/Stockholm' }],
    startDate: '2026-05-11',
    endDate: '2026-05-14',
    homeTimeZone: 'Europe/Stockholm',
  });
  const members = ['Wang Fang', 'Li Wei', 'Chen Jing'].map((name) => call(core, 'members:create', { tripId: trip.id, name }));
  const item = (title: string, startLocal: string) =>
    call(core, 'items:create', { tripId: trip.id, kind: 'visit', title, startLocal, startZone: 'Europe/Stockholm', endLocal: null });
  return { trip, members, school: item('Visit to Wendelsbergs school', '2026-05-12T09:00'), scania: item('Scania factory tour', '2026-05-12T13:00') };
}

/** Every API operation the page calls from now on, by name. */
function recordCalls(page: Page): string[] {
  const calls: string[] = [];
  page.on('request', (request) => {
    const match = /\/api\/([^?]+)/.exec(request.url());
    if (match) calls.push(decodeURIComponent(match[1]!));
  });
  return calls;
}

const card = (page: Page, title: string) =>
  page.getByTestId('programme-item').filter({ has: page.getByRole('heading', { name: title, exact: true }) });

test.describe('saving updates the open trip without reloading it', () => {
  test('an item renamed in its editor shows on its card; the trip is not fetched again', async ({ page, app }) => {
    const errors = collectPageErrors(page);
    const { trip, school } = seedTrip(app.core);
    await openApp(page, app);
    await openRoute(page, app, `/trips/${trip.id}/programme`);
    const calls = recordCalls(page);

    await page.getByRole('button', { name: 'Edit “Visit to Wendelsbergs school”' }).click();
    const editor = page.getByRole('dialog', { name: 'Edit item' });
    await editor.getByLabel('Title').fill('Besök på Wendelsbergs skola 学校');
    await expect(editor.getByTestId('save-status')).toHaveText('Saved');
    await editor.getByRole('button', { name: 'Done' }).click();
    await expect(card(page, 'Besök på Wendelsbergs skola 学校')).toBeVisible();
    await expect(card(page, 'Visit to Wendelsbergs school')).toHaveCount(0);

    expect(calls).toContain('items:update');
    expect(calls).not.toContain('trips:workspace');
    expect(call(app.core, 'items:get', { id: school.id }).title).toBe('Besök på Wendelsbergs skola 学校');
    expect(errors).toEqual([]);
  });

  test('two edits in a row keep both', async ({ page, app }) => {
    const { trip, school, scania } = seedTrip(app.core);
    await openApp(page, app);
    await openRoute(page, app, `/trips/${trip.id}/programme`);
    const calls = recordCalls(page);

    await page.getByRole('button', { name: 'Edit “Visit to Wendelsbergs school”' }).click();
    const editor = page.getByRole('dialog', { name: 'Edit item' });
    await editor.getByLabel('Venue').fill('Wendelsbergs skola, aulan');
    await editor.getByRole('button', { name: 'Done' }).click();
    // At once, without waiting for anything on screen: the other item is marked done.
    await page.getByRole('button', { name: 'More actions for “Scania factory tour”' }).click();
    await page.getByRole('menuitem', { name: 'Mark done' }).click();

    await expect(card(page, 'Visit to Wendelsbergs school')).toContainText('Wendelsbergs skola, aulan');
    await expect(page.getByRole('status').filter({ hasText: '“Scania factory tour” marked done' })).toBeVisible();
    await expect(card(page, 'Scania factory tour')).toContainText('Done');
    expect(calls.filter((name) => name === 'items:update')).toHaveLength(2);
    expect(calls).not.toContain('trips:workspace');
    expect(call(app.core, 'items:get', { id: school.id }).location.venue).toBe('Wendelsbergs skola, aulan');
    expect(call(app.core, 'items:get', { id: scania.id }).state).toBe('done');
  });

  test('a save that fails shows why and leaves the programme as it was', async ({ page, app }) => {
    const { trip, scania } = seedTrip(app.core);
    await openApp(page, app);
    await openRoute(page, app, `/trips/${trip.id}/programme`);

    await page.getByRole('button', { name: 'Edit “Scania factory tour”' }).click();
    const editor = page.getByRole('dialog', { name: 'Edit item' });
    await expect(editor.getByLabel('Title')).toHaveValue('Scania factory tour');
    // A colleague's import or another window removed the item meanwhile: the save cannot succeed.
    call(app.core, 'items:delete', { id: scania.id });
    await editor.getByLabel('Title').fill('Scania: tillverkning och forskning');
    await expect(editor.getByTestId('save-status')).toContainText('Not saved');
    await expect(card(page, 'Scania factory tour')).toBeVisible();
    await expect(card(page, 'Scania: tillverkning och forskning')).toHaveCount(0);
  });

  test('a member edited in their panel shows in the list; the trip is not fetched again', async ({ page, app }) => {
    const errors = collectPageErrors(page);
    const { trip, members } = seedTrip(app.core);
    await openApp(page, app);
    await openRoute(page, app, `/trips/${trip.id}/members`);
    const calls = recordCalls(page);

    await page.getByRole('link', { name: 'Li Wei' }).click();
    const panel = page.getByRole('dialog', { name: /Li Wei/ });
    await panel.getByRole('textbox', { name: 'Name', exact: true }).fill('Li Weiwei');
    await panel.getByLabel('Title').fill('副市长 Vice mayor');
    await expect(panel.getByTestId('save-status')).toHaveText('Saved');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('link', { name: 'Li Weiwei' })).toBeVisible();
    await expect(page.getByText('副市长 Vice mayor')).toBeVisible();

    expect(calls).toContain('members:update');
    expect(calls).not.toContain('trips:workspace');
    expect(call(app.core, 'members:list', { tripId: trip.id }).find((m) => m.id === members[1]!.id)?.title).toBe('副市长 Vice mayor');
    expect(errors).toEqual([]);
  });

  test('a meeting agenda is kept when going to another meeting and back, without fetching the trip', async ({ page, app }) => {
    const { trip, school } = seedTrip(app.core);
    await openApp(page, app);
    await openRoute(page, app, `/trips/${trip.id}/meetings/${school.id}`);
    const calls = recordCalls(page);

    const editor = page.getByTestId('meeting-editor');
    await editor.getByLabel('Agenda').fill('1. Välkommen\n2. 教育合作 – school exchange');
    await expect(editor.getByTestId('save-status')).toHaveText('Saved');
    const list = page.getByRole('navigation', { name: 'Meetings and visits' });
    await list.getByRole('button', { name: /Scania factory tour/ }).click();
    await expect(editor.getByRole('heading', { level: 2, name: 'Scania factory tour' })).toBeVisible();
    await list.getByRole('button', { name: /Visit to Wendelsbergs school/ }).click();
    await expect(editor.getByLabel('Agenda')).toHaveValue('1. Välkommen\n2. 教育合作 – school exchange');

    expect(calls).toContain('meetings:update');
    expect(calls).not.toContain('trips:workspace');
  });
});
