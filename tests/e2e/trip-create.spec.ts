import { collectPageErrors, expect, test, waitForAppState } from './fixtures';
import { openApp, routeOf, screenshot } from './helpers';
import { call } from './seed';

test.describe('creating a trip', () => {
  test('through the dialog, validating as you type, then its workspace opens', async ({ page, app }) => {
    const errors = collectPageErrors(page);
    await openApp(page, app);
    await page.getByRole('button', { name: 'New trip' }).click();
    const dialog = page.getByRole('dialog', { name: 'New trip' });
    await expect(dialog).toBeVisible();
    // The first field has focus: typing starts right away.
    await expect(dialog.getByLabel('Title')).toBeFocused();
    await page.keyboard.type('Study visit to Jinan');

    await dialog.getByLabel('Start date').fill('2026-05-10');
    await dialog.getByLabel('Start date').blur(); // dates are read when the field is left
    await dialog.getByLabel('End date').fill('2026-05-05');
    await dialog.getByLabel('End date').blur();
    // Validation as you type, next to the field, before any submit.
    const endError = dialog.getByText('The trip cannot end before it starts');
    await expect(endError).toBeVisible();
    await expect(dialog.getByLabel('End date')).toHaveAttribute('aria-invalid', 'true');
    await screenshot(page, 'trip-create-validation');
    // Moving the start date re-checks the end date (a cross-field rule).
    await dialog.getByLabel('Start date').fill('2026-05-01');
    await dialog.getByLabel('Start date').blur();
    await expect(endError).toHaveCount(0);
    await dialog.getByLabel('Start date').fill('2026-05-10');
    await dialog.getByLabel('Start date').blur();
    await expect(endError).toBeVisible();
    await dialog.getByLabel('End date').fill('2026-05-16');
    await dialog.getByLabel('End date').blur();
    await expect(endError).toHaveCount(0);

    // A destination: the country suggests its time zone.
    await dialog.getByRole('button', { name: 'Add destination' }).click();
    await dialog.getByLabel('City').fill('Jinan');
    await dialog.getByLabel('Name in local script').fill('济南');
    await dialog.getByLabel('Country').fill('CN');
    const destinationZone = dialog.getByRole('combobox', { name: 'Time zone', exact: true });
    await expect(destinationZone).toHaveValue('Asia/Shanghai (UTC+8)');

    // The home zone picker searches: type a city, pick with Enter.
    const homeZone = dialog.getByRole('combobox', { name: 'Home time zone' });
    await expect(homeZone).toHaveValue('Europe/Stockholm (UTC+2)');
    await homeZone.click();
    await homeZone.fill('helsin');
    await expect(page.getByRole('option', { name: /Helsinki/ })).toBeVisible();
    await homeZone.press('Enter');
    await expect(homeZone).toHaveValue('Europe/Helsinki (UTC+3)');
    // Esc in the picker closes only its list, not the dialog.
    await homeZone.fill('shang');
    await expect(page.getByRole('option', { name: /Shanghai/ })).toBeVisible();
    await homeZone.press('Escape');
    await expect(dialog).toBeVisible();
    await expect(homeZone).toHaveValue('Europe/Helsinki (UTC+3)');

    await dialog.getByLabel('Sending organisation').fill('Västerås stad');
    await dialog.getByLabel('Purpose', { exact: true }).fill('Follow-up of the friendship-city agreement.');
    await screenshot(page, 'trip-create-dialog');

    await dialog.getByRole('button', { name: 'Create trip' }).click();
    await expect(dialog).toHaveCount(0);

    // The new trip's workspace opens on its overview.
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    await expect(page.getByTestId('workspace-trip-title')).toHaveText('Study visit to Jinan');
    const created = call(app.core, 'trips:list', {}).find((trip) => trip.title === 'Study visit to Jinan');
    expect(created).toMatchObject({
      startDate: '2026-05-10',
      endDate: '2026-05-16',
      homeTimeZone: 'Europe/Helsinki',
      direction: 'outgoing',
      sendingOrganisation: 'Västerås stad',
      destinations: [{ city: 'Jinan', nativeName: '济南', country: 'CN', timeZone: 'Asia/Shanghai' }],
    });
    expect(routeOf(page)).toBe(`/trips/${created!.id}/overview`);
    await expect(page.getByRole('status').filter({ hasText: 'Created “Study visit to Jinan”' })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('refuses to create until required fields are filled', async ({ page, app }) => {
    await openApp(page, app);
    await page.getByRole('button', { name: 'New trip' }).click();
    const dialog = page.getByRole('dialog', { name: 'New trip' });
    await dialog.getByRole('button', { name: 'Create trip' }).click();
    await expect(dialog.getByRole('alert')).toContainText('Some fields need attention');
    await expect(dialog.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog.getByLabel('Start date')).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog).toBeVisible();
    expect(call(app.core, 'trips:list', {})).toHaveLength(2);
  });

  test('Ctrl+N opens the dialog on the home screen and Esc closes it', async ({ page, app }) => {
    await openApp(page, app);
    await page.keyboard.press('Control+n');
    const dialog = page.getByRole('dialog', { name: 'New trip' });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    // Focus went back where it was (the page), so the shortcut works again.
    await page.keyboard.press('Control+n');
    await expect(dialog).toBeVisible();
  });
});

test.describe('the trip workspace', () => {
  test('opens from the list, switches tabs and restores the tab after a reload', async ({ page, app }) => {
    const errors = collectPageErrors(page);
    await openApp(page, app);
    const row = page.getByTestId('trip-row').filter({ hasText: 'Västerås delegation' });
    const tripId = await row.getAttribute('data-trip-id');
    await row.getByRole('link', { name: 'Västerås delegation to Jinan and Shenyang' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();

    const nav = page.getByRole('navigation', { name: 'Trip sections' });
    for (const tab of ['Overview', 'Programme', 'Members', 'Meetings', 'Contacts', 'Checks', 'Documents']) {
      await expect(nav.getByRole('link', { name: tab })).toBeVisible();
    }
    await expect(nav.getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('complementary', { name: 'Trip' })).toContainText('28 Oct – 4 Nov 2017');
    await screenshot(page, 'workspace-overview');

    await nav.getByRole('link', { name: 'Members' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Members' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Members' })).toHaveAttribute('aria-current', 'page');
    expect(routeOf(page)).toBe(`/trips/${tripId}/members`);

    await nav.getByRole('link', { name: 'Checks' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Checks' })).toBeVisible();

    // A deep link survives a reload.
    await nav.getByRole('link', { name: 'Programme' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Programme' })).toBeVisible();
    await page.reload();
    await waitForAppState(page, 'loaded');
    await expect(page.getByRole('heading', { level: 1, name: 'Programme' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Programme' })).toHaveAttribute('aria-current', 'page');

    // Ctrl+N in a trip means a new programme item (the programme screen takes the command).
    await nav.getByRole('link', { name: 'Members' }).click();
    await page.keyboard.press('Control+n');
    await expect(page.getByRole('heading', { level: 1, name: 'Programme' })).toBeVisible();
    await expect(page.getByRole('dialog', { name: 'New item' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'New item' })).toBeHidden();

    await page.getByRole('link', { name: 'All trips' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Trips' })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('a link to a trip that does not exist says so', async ({ page, app }) => {
    await openApp(page, app);
    await page.goto(`${app.origin}/#/trips/00000000-0000-4000-8000-000000000000/overview`);
    await waitForAppState(page, 'error');
    await expect(page.getByRole('alert')).toContainText('This no longer exists');
    await page.getByRole('link', { name: 'All trips' }).click();
    await waitForAppState(page, 'loaded');
    await expect(page.getByTestId('trip-row')).toHaveCount(2);
  });

  test('edits trip details with autosave: valid changes are saved, invalid ones wait', async ({ page, app }) => {
    await openApp(page, app);
    await page.getByRole('link', { name: 'Wuxi delegation visiting Södertälje' }).click();
    await page.getByRole('button', { name: 'Edit trip details' }).click();
    const dialog = page.getByRole('dialog', { name: 'Trip details' });
    await expect(dialog.getByText('Changes are saved automatically')).toBeVisible();

    await dialog.getByLabel('Funding reference').fill('ICLD 2018-04');
    await expect(dialog.getByTestId('save-status')).toHaveText('Saved');
    const wuxi = () => call(app.core, 'trips:list', {}).find((trip) => trip.title.startsWith('Wuxi'))!;
    expect(wuxi().fundingReference).toBe('ICLD 2018-04');
    await screenshot(page, 'trip-edit-dialog');

    await dialog.getByLabel('End date').fill('2018-05-01');
    await dialog.getByLabel('End date').blur();
    // The message next to the field (exact: the save status below repeats it after "Not saved: ").
    await expect(dialog.getByText('The trip cannot end before it starts', { exact: true })).toBeVisible();
    await expect(dialog.getByTestId('save-status')).toHaveText('Not saved: The trip cannot end before it starts');
    expect(wuxi().endDate).toBe('2018-05-17');

    await dialog.getByLabel('End date').fill('2018-05-18');
    await dialog.getByLabel('End date').blur();
    await expect(dialog.getByTestId('save-status')).toHaveText('Saved');
    expect(wuxi().endDate).toBe('2018-05-18');

    // Typing then closing at once still saves (pending changes are flushed on close).
    await dialog.getByLabel('Title').fill('Wuxi delegation in Södertälje');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByTestId('workspace-trip-title')).toHaveText('Wuxi delegation in Södertälje');
    await expect(page.getByRole('complementary', { name: 'Trip' })).toContainText('14–18 May 2018');
  });
});
