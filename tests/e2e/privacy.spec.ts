import { collectPageErrors, expect, test } from './fixtures';
import { openApp, openRoute, screenshot } from './helpers';
import { call, OUTGOING_TITLE } from './seed';

/** Personal data in the app: retention with a preview before erasing, and erasing one person. */

test.describe('personal data', () => {
  test('Settings: choose a retention, review what will be erased per trip and member, then erase', async ({ page, app }) => {
    const errors = collectPageErrors(page);
    const trip = call(app.core, 'trips:list', {}).find((t) => t.title === OUTGOING_TITLE)!;
    const anna = call(app.core, 'members:list', { tripId: trip.id }).find((m) => m.name === 'Anna Östlund')!;
    call(app.core, 'members:update', { id: anna.id, patch: { passportNumber: 'SE9988776', dietaryNeeds: 'Vegetarisk', emergencyContact: 'Per Östlund 070-000 00 00' } });

    await openApp(page, app);
    await page.getByRole('button', { name: 'Settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    const review = dialog.getByRole('button', { name: 'Review and erase now' });
    await expect(review).toBeDisabled(); // off by default: kept
    await dialog.getByLabel('Keep members’ personal data').selectOption({ label: '12 months after the trip' });
    await expect.poll(() => call(app.core, 'settings:get', {}).retentionMonths).toBe(12);
    await expect(dialog.getByTestId('encryption-state')).toHaveText('This data file is not encrypted: anyone who gets the computer can read it.');

    await review.click();
    const preview = page.getByTestId('purge-preview');
    await expect(preview).toContainText(OUTGOING_TITLE);
    await expect(preview).toContainText('Anna Östlund: passport number, dietary needs, emergency contact');
    await screenshot(page, 'privacy-purge-preview');
    // Nothing is erased before the confirmation.
    expect(call(app.core, 'members:list', { tripId: trip.id }).find((m) => m.id === anna.id)!.passportNumber).toBe('SE9988776');

    await page.getByRole('dialog', { name: 'Erase personal data' }).getByRole('button', { name: 'Erase now', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Personal data of 1 members erased' })).toBeVisible();
    const after = call(app.core, 'members:list', { tripId: trip.id }).find((m) => m.id === anna.id)!;
    expect(after).toMatchObject({ name: 'Anna Östlund', role: 'head', passportNumber: '', dietaryNeeds: '', emergencyContact: '' });
    expect(call(app.core, 'privacy:purgePreview', {}).lastRun).toMatchObject({ trigger: 'manual', members: 1 });
    expect(errors).toEqual([]);
  });

  test('erase a person from the member’s details: what goes is shown, then they are gone from every trip', async ({ page, app }) => {
    const trip = call(app.core, 'trips:list', {}).find((t) => t.title === OUTGOING_TITLE)!;
    const elin = call(app.core, 'members:list', { tripId: trip.id }).find((m) => m.name === 'Elin Sjöö')!;
    const second = call(app.core, 'trips:create', { title: 'Shenyang 2018', direction: 'outgoing', startDate: '2018-04-02', endDate: '2018-04-06' });
    call(app.core, 'members:copyFromTrip', { fromTripId: trip.id, toTripId: second.id, memberIds: [elin.id] });

    await openApp(page, app);
    await openRoute(page, app, `/trips/${trip.id}/members/${elin.id}`);
    const panel = page.getByRole('dialog', { name: /Elin Sjöö/ });
    await panel.getByRole('button', { name: 'Erase person…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Erase Elin Sjöö everywhere?' });
    await expect(confirm.getByTestId('erase-preview')).toContainText(`2 member entries (${OUTGOING_TITLE}, Shenyang 2018)`);
    await screenshot(page, 'privacy-erase-person');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    expect(call(app.core, 'members:list', { tripId: second.id })).toHaveLength(1);

    await panel.getByRole('button', { name: 'Erase person…' }).click();
    await page.getByRole('dialog', { name: 'Erase Elin Sjöö everywhere?' }).getByRole('button', { name: 'Erase person' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Elin Sjöö was erased' })).toBeVisible();
    await expect(page.getByRole('dialog', { name: /Elin Sjöö/ })).toHaveCount(0);
    await expect(page.getByTestId('member-row').filter({ hasText: 'Elin Sjöö' })).toHaveCount(0);
    expect(call(app.core, 'members:list', { tripId: second.id })).toEqual([]);
    expect(call(app.core, 'privacy:findPerson', { name: 'Elin' })).toEqual({ found: false, candidates: [] });
  });

  test('export a contact’s personal data from the address book: a JSON file and a PDF', async ({ page, app }) => {
    const wang = call(app.core, 'contacts:create', { name: 'Wang Lei', nativeName: '王磊', phone: '+86 531 8888 0000' });
    await openApp(page, app);
    await openRoute(page, app, `/contacts/${wang.id}`);
    const panel = page.getByTestId('contact-panel');
    await expect(panel).toContainText('王磊');
    await screenshot(page, 'privacy-contact-actions');
    const download = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Export personal data' }).click();
    // The browser mode hands both files over as one zip (the desktop app asks for a folder).
    expect((await download).suggestedFilename()).toBe('Personal data extract – Wang Lei.zip');
  });
});
