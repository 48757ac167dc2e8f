import type { Page } from '@playwright/test';
import { collectPageErrors, expect, test, waitForAppState } from './fixtures';
import { openApp, openRoute, routeOf, screenshot } from './helpers';
import { call } from './seed';
import type { TestApp } from './fixtures';

/** The demo's Jinan trip and its first meeting (the steering-group meeting in Jinan). */
function jinanTrip(app: TestApp) {
  const trip = call(app.core, 'trips:list', {}).find((t) => t.title.includes('Jinan'))!;
  const items = call(app.core, 'items:list', { tripId: trip.id });
  const meetings = items.filter((item) => item.kind === 'meeting' || item.kind === 'visit');
  return { trip, meetings };
}

async function openMeetings(page: Page, app: TestApp, tripId: string, itemId?: string): Promise<void> {
  await openApp(page, app);
  await openRoute(page, app, `/trips/${tripId}/meetings${itemId ? `/${itemId}` : ''}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible();
}

test.describe('meetings', () => {
  test.use({ seed: 'cli-demo' });

  test('open a meeting, edit its agenda (kept after a reload), add a follow-up and tick it done', async ({ page, app }) => {
    const errors = collectPageErrors(page);
    const { trip, meetings } = jinanTrip(app);
    const target = meetings[3]!; // a working meeting on the second day
    await openMeetings(page, app, trip.id);

    const list = page.getByRole('navigation', { name: 'Meetings and visits' });
    await expect(list.getByTestId('meeting-row')).toHaveCount(meetings.length);
    await list.getByRole('button', { name: new RegExp(escape(target.title)) }).click();
    expect(routeOf(page)).toBe(`/trips/${trip.id}/meetings/${target.id}`);
    const editor = page.getByTestId('meeting-editor');
    await expect(editor.getByRole('heading', { level: 2, name: target.title })).toBeVisible();

    const agenda = editor.getByLabel('Agenda');
    await agenda.fill('1. Välkommen\n2. Projektplan för invånardialog\n3. 下一步 – next steps');
    await expect(editor.getByTestId('save-status')).toHaveText('Saved');

    await page.reload();
    await waitForAppState(page, 'loaded');
    await expect(editor.getByRole('heading', { level: 2, name: target.title })).toBeVisible();
    await expect(editor.getByLabel('Agenda')).toHaveValue('1. Välkommen\n2. Projektplan för invånardialog\n3. 下一步 – next steps');

    const followUps = editor.getByTestId('follow-ups');
    const before = call(app.core, 'meetings:get', { itemId: target.id }).followUps.length;
    await expect(followUps.getByTestId('follow-up')).toHaveCount(before);
    await followUps.getByRole('button', { name: 'Add follow-up action' }).click();
    const n = before + 1;
    // The new action's text field has the focus; an empty action waits (Required) until typed.
    await expect(followUps.getByLabel(`Action ${n}`, { exact: true })).toBeFocused();
    await page.keyboard.type('Skicka presentationen till Jinan FAO');
    await followUps.getByLabel(`Owner of action ${n}`).fill('Internationell strateg');
    await followUps.getByLabel(`Due date of action ${n}`).fill('2017-11-20');
    await followUps.getByLabel(`Due date of action ${n}`).blur(); // dates are read when the field is left
    await expect(editor.getByTestId('save-status')).toHaveText('Saved');
    await expect(followUps.getByTestId('open-follow-ups')).toHaveText(`${n} open`);
    await screenshot(page, 'meetings-follow-up');

    await followUps.getByRole('checkbox', { name: `Action ${n} done` }).check();
    await expect(followUps.getByTestId('open-follow-ups')).toHaveText(n - 1 > 0 ? `${n - 1} open` : 'All done');
    await expect.poll(() => call(app.core, 'meetings:get', { itemId: target.id }).followUps.at(-1)?.done).toBe(true);

    const saved = call(app.core, 'meetings:get', { itemId: target.id });
    expect(saved.agenda).toContain('下一步');
    expect(saved.followUps.at(-1)).toMatchObject({
      text: 'Skicka presentationen till Jinan FAO',
      owner: 'Internationell strateg',
      dueDate: '2017-11-20',
      done: true,
    });
    expect(errors).toEqual([]);
  });

  test('warns when no interpreter is assigned, refuses an http link, and adds a counterpart by Chinese name', async ({ page, app }) => {
    const { trip, meetings } = jinanTrip(app);
    const target = meetings[4]!; // its counterparts speak Chinese; no interpreter among its contacts
    await openMeetings(page, app, trip.id, target.id);
    const editor = page.getByTestId('meeting-editor');
    await expect(editor.getByRole('heading', { level: 2, name: target.title })).toBeVisible();
    await expect(editor.getByTestId('interpreter-warning')).toHaveCount(0);

    await editor.getByLabel('Interpreter').selectOption({ label: 'No interpreter' });
    await expect(editor.getByTestId('save-status')).toHaveText('Saved');
    await expect(editor.getByTestId('interpreter-warning')).toContainText('no interpreter is assigned');
    await expect(page.locator(`.meeting-row[data-item-id="${target.id}"]`).getByText('No interpreter assigned')).toBeAttached();

    const link = editor.getByLabel('Online meeting link');
    await link.fill('http://meet.example.org/jinan');
    await expect(editor.getByText('Use an https:// link', { exact: true })).toBeVisible();
    await expect(editor.getByTestId('save-status')).toContainText('Not saved');
    await link.fill('https://meet.example.org/jinan');
    await expect(editor.getByText('Use an https:// link', { exact: true })).toHaveCount(0);
    await expect(editor.getByTestId('save-status')).toHaveText('Saved');

    const picker = editor.getByRole('combobox', { name: 'Add a counterpart' });
    await picker.fill('外事');
    const option = page.getByRole('option', { name: /Protocol officer, Jinan FAO/ });
    await expect(option).toBeVisible();
    await option.click();
    await expect(editor.getByTestId('counterpart').filter({ hasText: 'Protocol officer, Jinan FAO' })).toBeVisible();
    await expect.poll(() => call(app.core, 'meetings:get', { itemId: target.id }).counterpartIds.length).toBe(2);

    const saved = call(app.core, 'meetings:get', { itemId: target.id });
    expect(saved.interpreterContactId).toBeNull();
    expect(saved.interpreterMemberId).toBeNull();
    expect(saved.onlineUrl).toBe('https://meet.example.org/jinan');
    await screenshot(page, 'meetings-warning');
  });

  test('screenshots: Swedish and English, light and dark', async ({ page, app }) => {
    const { trip, meetings } = jinanTrip(app);
    await openMeetings(page, app, trip.id, meetings[0]!.id);
    for (const [language, theme] of [
      ['en', 'light'],
      ['en', 'dark'],
      ['sv', 'light'],
      ['sv', 'dark'],
    ] as const) {
      // The language lives in the data file (Settings); the theme in this browser.
      call(app.core, 'settings:update', { language });
      await page.evaluate(
        ([language, theme]) =>
          localStorage.setItem('delegation-planner.settings', JSON.stringify({ state: { language, theme, showHomeTimeByDefault: true }, version: 1 })),
        [language, theme],
      );
      await page.reload();
      await waitForAppState(page, 'loaded');
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect(page.getByRole('heading', { level: 1, name: language === 'sv' ? 'Möten' : 'Meetings' })).toBeVisible();
      await expect(page.getByTestId('meeting-editor')).toBeVisible();
      await screenshot(page, `meetings-${language}-${theme}`);
    }
  });
});

test.describe('meetings of a trip without any', () => {
  test.use({ seed: 'empty' });

  test('say where to add one', async ({ page, app }) => {
    const trip = call(app.core, 'trips:create', {
      title: 'Studieresa till Wuxi',
      direction: 'outgoing',
      startDate: '2026-05-10',
      endDate: '2026-05-14',
    });
    await openMeetings(page, app, trip.id);
    const empty = page.getByTestId('meetings-empty');
    await expect(empty).toContainText('Add a meeting in the Programme');
    await empty.getByRole('link', { name: 'Go to the Programme' }).click();
    expect(routeOf(page)).toBe(`/trips/${trip.id}/programme`);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
