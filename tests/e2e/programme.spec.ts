import { collectPageErrors, expect, test, waitForAppState } from './fixtures';
import { openApp, openRoute, screenshot } from './helpers';
import { card, dateTime, openProgramme, seedFreshTrip } from './programme-helpers';
import { call } from './seed';

test.describe('programme', () => {
  test('a flight across zones: defaults, end-before-start error, both local times on the card', async ({ page, app }) => {
    const errors = collectPageErrors(page);
    const { trip } = seedFreshTrip(app.core);
    await openProgramme(page, app, trip.id);

    await expect(page.getByTestId('programme-empty')).toBeVisible();
    await screenshot(page, 'programme-empty');
    await page.getByRole('button', { name: 'Add the first item' }).click();
    const dialog = page.getByRole('dialog', { name: 'New item' });
    await expect(dialog.getByLabel('Title')).toBeFocused();
    await dialog.getByRole('radio', { name: 'Flight' }).check();
    await dialog.getByLabel('Title').fill('Stockholm – Jinan');
    // The first journey of an outgoing trip leaves from home and lands at the destination.
    await expect(dialog.getByRole('combobox', { name: 'Departure – time zone' })).toHaveValue('Europe/Stockholm (UTC+2)');
    await dialog.getByLabel('To', { exact: true }).fill('Jinan Yaoqiang (TNA)');
    await dialog.getByLabel('From', { exact: true }).fill('Stockholm Arlanda (ARN)');
    await dateTime(dialog, 'Departure').fill('2017-10-28T13:30');
    await dateTime(dialog, 'Departure').blur(); // dates are read when the field is left
    await expect(dialog.getByRole('combobox', { name: 'Arrival – time zone' })).toHaveValue(/^Asia\/Shanghai/);

    // 06:00 in Jinan is midnight in Stockholm: before the departure.
    await dateTime(dialog, 'Arrival').fill('2017-10-28T06:00');
    await dateTime(dialog, 'Arrival').blur();
    const endError = dialog.getByText('The end is before the start (each time in its own time zone)');
    await expect(endError).toBeVisible();
    await expect(dateTime(dialog, 'Arrival')).toHaveAttribute('aria-invalid', 'true');
    await screenshot(page, 'programme-editor-end-error');
    await dateTime(dialog, 'Arrival').fill('2017-10-29T09:40');
    await dateTime(dialog, 'Arrival').blur();
    await expect(endError).toHaveCount(0);
    await dialog.getByLabel('Carrier').fill('Air China');
    await dialog.getByLabel('Flight or train number').fill('CA 912');
    await dialog.getByRole('button', { name: 'Add item' }).click();
    await expect(dialog).toHaveCount(0);

    const flight = card(page, 'Stockholm – Jinan');
    await expect(flight).toBeVisible();
    await expect(flight).toContainText('13:30');
    await expect(flight).toContainText('UTC+2');
    await expect(flight).toContainText('09:40');
    await expect(flight).toContainText('UTC+8');
    await expect(flight).toContainText('Air China CA 912');
    // It belongs to the day it leaves (28 Oct), not the day it lands.
    await expect(page.locator('section[data-date="2017-10-28"]').getByTestId('programme-item')).toHaveCount(1);
    const [stored] = call(app.core, 'items:list', { tripId: trip.id });
    expect(stored).toMatchObject({
      kind: 'flight',
      startLocal: '2017-10-28T13:30',
      startZone: 'Europe/Stockholm',
      endLocal: '2017-10-29T09:40',
      endZone: 'Asia/Shanghai',
      details: { from: 'Stockholm Arlanda (ARN)', to: 'Jinan Yaoqiang (TNA)', carrier: 'Air China', number: 'CA 912' },
    });
    expect(errors).toEqual([]);
  });

  test('a hotel and a meeting for three of nine; "Show as" hides what a member does not attend', async ({ page, app }) => {
    const { trip } = seedFreshTrip(app.core);
    await openProgramme(page, app, trip.id);

    // Ctrl+N opens the new-item dialog.
    await page.keyboard.press('Control+n');
    let dialog = page.getByRole('dialog', { name: 'New item' });
    await dialog.getByRole('radio', { name: 'Accommodation' }).check();
    await dialog.getByLabel('Title').fill('Hotel in Jinan');
    await dateTime(dialog, 'Check-in').fill('2017-10-29T12:00');
    await dateTime(dialog, 'Check-in').blur();
    await dateTime(dialog, 'Check-out').fill('2017-11-02T12:00');
    await dateTime(dialog, 'Check-out').blur();
    await dialog.getByLabel('City').fill('Jinan');
    await expect(dialog.getByRole('combobox', { name: 'Check-in – time zone' })).toHaveValue(/^Asia\/Shanghai/);
    await dialog.getByRole('button', { name: 'Add item' }).click();
    await expect(dialog).toHaveCount(0);
    const checkIn = card(page, 'Hotel in Jinan').and(page.locator('[data-part="check-in"]'));
    await expect(checkIn).toContainText('Check-in');
    await expect(checkIn).toContainText('Check-out Thu 2 Nov 12:00');
    await expect(checkIn).toContainText('4 nights');
    await expect(card(page, 'Hotel in Jinan').and(page.locator('[data-part="check-out"]'))).toContainText('Check-out');
    await expect(page.locator('section[data-date="2017-10-31"]')).toContainText('Hotel in Jinan · night 3 of 4');

    await page.getByRole('button', { name: 'New item' }).click();
    dialog = page.getByRole('dialog', { name: 'New item' });
    await dialog.getByRole('radio', { name: 'Meeting' }).check();
    await dialog.getByLabel('Title').fill('Meeting with the Mayor');
    await dateTime(dialog, 'Starts').fill('2017-10-30T09:30');
    await dateTime(dialog, 'Starts').blur();
    await dateTime(dialog, 'Ends').fill('2017-10-30T11:00');
    await dateTime(dialog, 'Ends').blur();
    await dialog.getByRole('radio', { name: /Some members/ }).check();
    await expect(dialog.getByTestId('participants-count')).toHaveText('0 of 9 selected');
    for (const name of ['Anna Östlund', 'Elin Sjöö', 'Wang Fang']) await dialog.getByRole('checkbox', { name }).check();
    await expect(dialog.getByTestId('participants-count')).toHaveText('3 of 9 selected');
    await screenshot(page, 'programme-editor-participants');
    await dialog.getByRole('button', { name: 'Add item' }).click();
    await expect(dialog).toHaveCount(0);
    const meeting = card(page, 'Meeting with the Mayor');
    await expect(meeting.getByTestId('item-participants')).toHaveText('3 of 9: Anna Östlund, Elin Sjöö, Wang Fang');
    await expect(meeting).toContainText('09:30');
    await expect(meeting).toContainText('– 11:00');

    const showAs = page.getByLabel('Show as');
    await showAs.selectOption({ label: 'Björn Åkerlund' });
    await expect(meeting).toHaveCount(0);
    await expect(card(page, 'Hotel in Jinan').first()).toBeVisible();
    await expect(page.getByTestId('programme-count')).toHaveText('1 of 2 items, as Björn Åkerlund sees it');
    await showAs.selectOption({ label: 'Elin Sjöö' });
    await expect(meeting).toBeVisible();
    await showAs.selectOption({ label: 'Everyone (whole programme)' });
    await expect(page.getByTestId('programme-count')).toHaveText('2 items');
    await screenshot(page, 'programme-fresh-trip');
  });

  test('edits autosave and last after a reload; delete, then Undo brings the item back', async ({ page, app }) => {
    const { trip } = seedFreshTrip(app.core);
    const dinner = call(app.core, 'items:create', {
      tripId: trip.id,
      kind: 'meal',
      title: 'Welcome dinner',
      startLocal: '2017-10-29T18:30',
      startZone: 'Asia/Shanghai',
      endLocal: '2017-10-29T20:30',
      internalNotes: 'Seating by precedence',
    });
    await openProgramme(page, app, trip.id);
    const item = card(page, 'Welcome dinner');
    await expect(item.getByTestId('internal-notes')).toContainText('Internal');

    await page.getByRole('button', { name: 'Edit “Welcome dinner”' }).click();
    const editor = page.getByRole('dialog', { name: 'Edit item' });
    await editor.getByLabel('Title').fill('Welcome dinner with Jinan FAO');
    await editor.getByLabel('Venue').fill('Shandong Hotel, banquet hall');
    await expect(editor.getByTestId('save-status')).toHaveText('Saved');
    await editor.getByRole('button', { name: 'Done' }).click();
    await expect(editor).toHaveCount(0);
    await page.reload();
    await waitForAppState(page, 'loaded');
    const renamed = card(page, 'Welcome dinner with Jinan FAO');
    await expect(renamed).toContainText('Shandong Hotel, banquet hall');
    expect(call(app.core, 'items:get', { id: dinner.id })).toMatchObject({
      title: 'Welcome dinner with Jinan FAO',
      location: { venue: 'Shandong Hotel, banquet hall' },
    });

    await page.getByRole('button', { name: 'More actions for “Welcome dinner with Jinan FAO”' }).click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    await expect(renamed).toHaveCount(0);
    await expect(page.getByTestId('programme-empty')).toBeVisible();
    const toast = page.getByRole('status').filter({ hasText: 'Deleted “Welcome dinner with Jinan FAO”' });
    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect(renamed).toBeVisible();
    expect(call(app.core, 'items:list', { tripId: trip.id }).map((i) => i.id)).toEqual([dinner.id]);
  });

  test('a deep link scrolls to the item and highlights it; items at the same time can be reordered', async ({ page, app }) => {
    const { trip } = seedFreshTrip(app.core);
    const base = { tripId: trip.id, startZone: 'Asia/Shanghai' } as const;
    for (let day = 29; day <= 31; day++) {
      for (const [time, title] of [['09:00', 'Morning meeting'], ['14:00', 'Site visit'], ['19:00', 'Dinner']] as const) {
        call(app.core, 'items:create', { ...base, kind: 'meeting', title: `${title} ${day} Oct`, startLocal: `2017-10-${day}T${time}` });
      }
    }
    const first = call(app.core, 'items:create', { ...base, kind: 'visit', title: 'Science park', startLocal: '2017-11-02T10:00' });
    const second = call(app.core, 'items:create', { ...base, kind: 'visit', title: 'Robot lab', startLocal: '2017-11-02T10:00' });

    await openApp(page, app);
    await openRoute(page, app, `/trips/${trip.id}/programme/${second.id}`);
    const robot = card(page, 'Robot lab');
    await expect(robot).toHaveClass(/is-highlighted/);
    await expect(robot).toBeFocused();
    await expect(robot).toBeInViewport();

    // A check's "fix" for a missing night points at a day.
    await openRoute(page, app, `/trips/${trip.id}/programme/2017-11-01`);
    await expect(page.getByRole('heading', { level: 2, name: 'Wednesday 1 November 2017' })).toBeFocused();

    const order = () => page.locator('section[data-date="2017-11-02"] [data-testid="programme-item"] h3');
    await expect(order()).toHaveText(['Science park', 'Robot lab']);
    await page.getByRole('button', { name: 'Move “Robot lab” up' }).click();
    await expect(order()).toHaveText(['Robot lab', 'Science park']);
    expect(call(app.core, 'items:list', { tripId: trip.id }).slice(-2).map((i) => i.id)).toEqual([second.id, first.id]);
  });

});

test.describe('the item editor beside a wide programme', () => {
  test.use({ viewport: { width: 1760, height: 900 } });

  test('another card opens in the same sheet, keeping what was typed in the first; Esc closes it and focus is back on the card', async ({ page, app }) => {
    const { trip } = seedFreshTrip(app.core);
    const dinner = call(app.core, 'items:create', {
      tripId: trip.id,
      kind: 'meal',
      title: 'Welcome dinner',
      startLocal: '2017-10-29T18:30',
      startZone: 'Asia/Shanghai',
    });
    call(app.core, 'items:create', {
      tripId: trip.id,
      kind: 'visit',
      title: 'Science park visit',
      startLocal: '2017-10-30T09:00',
      startZone: 'Asia/Shanghai',
    });
    await openProgramme(page, app, trip.id);

    await card(page, 'Welcome dinner').getByRole('button', { name: 'Welcome dinner', exact: true }).click();
    const editor = page.getByRole('dialog', { name: 'Edit item' });
    await expect(editor.getByLabel('Title')).toBeFocused();
    await editor.getByLabel('Venue').fill('Shandong Hotel');
    // The page beside the sheet stays usable: the next card, before the autosave's pause is over.
    const visitTitle = card(page, 'Science park visit').getByRole('button', { name: 'Science park visit', exact: true });
    await visitTitle.click();
    await expect(editor.getByLabel('Title')).toHaveValue('Science park visit');
    await expect(page.getByRole('dialog')).toHaveCount(1);
    await expect.poll(() => call(app.core, 'items:get', { id: dinner.id }).location.venue).toBe('Shandong Hotel');
    await expect(card(page, 'Welcome dinner')).toContainText('Shandong Hotel');

    await page.keyboard.press('Escape');
    await expect(editor).toHaveCount(0);
    await expect(visitTitle).toBeFocused();
  });
});

test.describe('programme look', () => {
  test.use({ seed: 'cli-demo' });

  test('the demo Jinan programme in English: the Shenyang part only for those who go; the item editor', async ({ page, app }) => {
    const errors = collectPageErrors(page);
    const jinan = call(app.core, 'trips:list', {}).find((trip) => trip.title.includes('Jinan'))!;
    await openProgramme(page, app, jinan.id);
    const flight = card(page, 'Flyg Stockholm Arlanda → Peking');
    await expect(flight).toContainText('04:10');
    await screenshot(page, 'programme-demo-en');

    // The six who go home from Jinan see no Shenyang part; the head of delegation does.
    const shenyang = page.getByRole('heading', { name: 'Flyg Jinan → Shenyang' });
    await expect(shenyang).toBeAttached();
    await page.getByLabel('Show as').selectOption({ label: 'Elisabeth Unell' });
    await expect(shenyang).toHaveCount(0);
    await expect(page.getByRole('heading', { name: /Shenyang/ })).toHaveCount(0);
    await page.getByLabel('Show as').selectOption({ label: 'Anders Teljebäck' });
    await expect(shenyang).toBeAttached();
    await page.getByLabel('Show as').selectOption({ label: 'Everyone (whole programme)' });

    await page.getByRole('button', { name: 'Edit “Flyg Stockholm Arlanda → Peking”' }).click();
    await expect(page.getByRole('dialog', { name: 'Edit item' })).toBeVisible();
    await screenshot(page, 'programme-editor');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('the demo Jinan programme in Swedish, dark and light', async ({ page, app }) => {
    const errors = collectPageErrors(page);
    await openApp(page, app);
    const jinan = call(app.core, 'trips:list', {}).find((trip) => trip.title.includes('Jinan'))!;
    await page.evaluate(() => {
      localStorage.setItem('delegation-planner.settings', JSON.stringify({ state: { language: 'sv', theme: 'dark', showHomeTimeByDefault: true }, version: 1 }));
    });
    await openRoute(page, app, `/trips/${jinan.id}/programme`);
    // Settings are read when the app starts.
    await page.reload();
    await waitForAppState(page, 'loaded');
    await expect(page.getByRole('heading', { level: 1, name: 'Program' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await screenshot(page, 'programme-demo-sv-dark');
    await page.locator('.app-main').evaluate((el) => el.scrollTo(0, 1400));
    await screenshot(page, 'programme-demo-sv-dark-jinan');
    await page.getByRole('button', { name: 'Redigera ”Hotell i Jinan”' }).first().click();
    await expect(page.getByRole('dialog', { name: 'Redigera programpunkt' })).toBeVisible();
    await screenshot(page, 'programme-editor-sv-dark');
    await page.keyboard.press('Escape');

    // The language and home-time default live in the data file (Settings); the theme in this browser.
    call(app.core, 'settings:update', { language: 'sv', showHomeTimeByDefault: false });
    await page.evaluate(() => {
      localStorage.setItem('delegation-planner.settings', JSON.stringify({ state: { language: 'sv', theme: 'light', showHomeTimeByDefault: false }, version: 1 }));
    });
    await page.reload();
    await waitForAppState(page, 'loaded');
    await expect(page.getByRole('heading', { level: 1, name: 'Program' })).toBeVisible();
    await screenshot(page, 'programme-demo-sv');
    await page.locator('.app-main').evaluate((el) => el.scrollTo(0, 2600));
    await screenshot(page, 'programme-demo-sv-meetings');

    call(app.core, 'settings:update', { language: 'en', showHomeTimeByDefault: true });
    await page.evaluate(() => {
      localStorage.setItem('delegation-planner.settings', JSON.stringify({ state: { language: 'en', theme: 'dark', showHomeTimeByDefault: true }, version: 1 }));
    });
    await page.reload();
    await waitForAppState(page, 'loaded');
    await screenshot(page, 'programme-demo-en-dark');
    expect(errors).toEqual([]);
  });
});
