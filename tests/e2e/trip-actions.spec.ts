import type { Page } from '@playwright/test';
import { collectPageErrors, expect, test } from './fixtures';
import { openApp, routeOf, screenshot } from './helpers';
import { call, INCOMING_TITLE, OUTGOING_TITLE } from './seed';

async function rowAction(page: Page, title: string, action: string): Promise<void> {
  const row = page.getByTestId('trip-row').filter({ hasText: title });
  await row.getByRole('button', { name: `More actions for ${title}` }).click();
  await page.getByRole('menuitem', { name: action }).click();
}

test.describe('trip actions', () => {
  test('delete asks first, then Undo brings the trip back with its members and programme', async ({ page, app }) => {
    const errors = collectPageErrors(page);
    const before = call(app.core, 'trips:list', {}).find((trip) => trip.title === OUTGOING_TITLE)!;
    const membersBefore = call(app.core, 'members:list', { tripId: before.id });
    const itemsBefore = call(app.core, 'items:list', { tripId: before.id });

    await openApp(page, app);
    await rowAction(page, OUTGOING_TITLE, 'Delete…');
    const confirm = page.getByRole('dialog', { name: `Delete “${OUTGOING_TITLE}”?` });
    await expect(confirm).toContainText('5 members and 2 programme items');
    // Focus starts on Cancel: Enter alone deletes nothing.
    await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await screenshot(page, 'trip-delete-confirm');
    await confirm.getByRole('button', { name: 'Delete trip' }).click();
    await expect(confirm).toHaveCount(0);
    await expect(page.getByTestId('trip-row')).toHaveCount(1);
    expect(call(app.core, 'trips:list', {})).toHaveLength(1);

    const toast = page.getByRole('status').filter({ hasText: `Deleted “${OUTGOING_TITLE}”` });
    await expect(toast).toBeVisible();
    await screenshot(page, 'trip-deleted-toast');
    await toast.getByRole('button', { name: 'Undo' }).click();

    await expect(page.getByTestId('trip-row')).toHaveCount(2);
    await expect(page.getByRole('status').filter({ hasText: `Restored “${OUTGOING_TITLE}”` })).toBeVisible();
    const row = page.getByTestId('trip-row').filter({ hasText: OUTGOING_TITLE });
    await expect(row.getByTestId('member-count')).toHaveText('5');
    await expect(row.getByTestId('item-count')).toHaveText('2');

    const after = call(app.core, 'trips:list', {}).find((trip) => trip.title === OUTGOING_TITLE)!;
    expect(after).toMatchObject({
      startDate: before.startDate,
      endDate: before.endDate,
      status: before.status,
      destinations: before.destinations,
      hostingOrganisation: before.hostingOrganisation,
    });
    // The trash brings back the same rows, ids included: links to them (a shared trip file, a
    // calendar subscription) still point at this trip.
    expect(after.id).toBe(before.id);
    const membersAfter = call(app.core, 'members:list', { tripId: after.id });
    expect(membersAfter.map((m) => [m.id, m.name, m.role, m.precedence])).toEqual(
      membersBefore.map((m) => [m.id, m.name, m.role, m.precedence]),
    );
    const itemsAfter = call(app.core, 'items:list', { tripId: after.id });
    expect(itemsAfter.map((i) => [i.title, i.startLocal, i.startZone, i.endLocal, i.endZone])).toEqual(
      itemsBefore.map((i) => [i.title, i.startLocal, i.startZone, i.endLocal, i.endZone]),
    );
    expect(errors).toEqual([]);
  });

  test('Ctrl+Z undoes the last delete', async ({ page, app }) => {
    await openApp(page, app);
    await rowAction(page, INCOMING_TITLE, 'Delete…');
    await page.getByRole('dialog').getByRole('button', { name: 'Delete trip' }).click();
    await expect(page.getByTestId('trip-row')).toHaveCount(1);
    await page.keyboard.press('Control+z');
    await expect(page.getByTestId('trip-row')).toHaveCount(2);
    await expect(page.getByTestId('trip-row').filter({ hasText: INCOMING_TITLE }).getByTestId('member-count')).toHaveText('3');
  });

  test('cancel keeps the trip', async ({ page, app }) => {
    await openApp(page, app);
    await rowAction(page, INCOMING_TITLE, 'Delete…');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByTestId('trip-row')).toHaveCount(2);
  });

  test('archive hides the trip, Undo brings it back; unarchive from the archived list', async ({ page, app }) => {
    await openApp(page, app);
    await rowAction(page, INCOMING_TITLE, 'Archive');
    await expect(page.getByTestId('trip-row')).toHaveCount(1);
    await page.getByRole('status').filter({ hasText: 'Archived' }).getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByTestId('trip-row')).toHaveCount(2);

    await rowAction(page, INCOMING_TITLE, 'Archive');
    await expect(page.getByTestId('trip-row')).toHaveCount(1);
    await page.getByLabel('Show archived trips').check();
    await expect(page.getByTestId('trip-row')).toHaveCount(2);
    await rowAction(page, INCOMING_TITLE, 'Unarchive');
    await page.getByLabel('Show archived trips').uncheck();
    await expect(page.getByTestId('trip-row')).toHaveCount(2);
  });

  test('duplicate as a template moves everything to the new dates', async ({ page, app }) => {
    await openApp(page, app);
    await rowAction(page, OUTGOING_TITLE, 'Duplicate as template…');
    const dialog = page.getByRole('dialog', { name: 'Duplicate as template' });
    await expect(dialog.getByLabel('Title of the copy')).toHaveValue(`${OUTGOING_TITLE} (copy)`);
    await dialog.getByLabel('Title of the copy').fill('Jinan 2019');
    await dialog.getByLabel('New start date').fill('2019-10-26');
    await dialog.getByLabel('New start date').blur(); // dates are read when the field is left
    await expect(dialog).toContainText('The copy runs 26 Oct – 2 Nov 2019.');
    await dialog.getByRole('button', { name: 'Duplicate' }).click();

    await expect(page.getByTestId('workspace-trip-title')).toHaveText('Jinan 2019');
    const copy = call(app.core, 'trips:list', {}).find((trip) => trip.title === 'Jinan 2019')!;
    expect(routeOf(page)).toBe(`/trips/${copy.id}/overview`);
    expect(copy).toMatchObject({ startDate: '2019-10-26', endDate: '2019-11-02', memberCount: 5, itemCount: 2 });
  });
});
