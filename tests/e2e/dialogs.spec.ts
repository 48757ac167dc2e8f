import { expect, test } from './fixtures';
import { openApp, openRoute, screenshot } from './helpers';
import { call, OUTGOING_TITLE } from './seed';

/**
 * Closing a dialog never loses typed input: with unsaved input, Esc, × and Cancel ask first
 * ("Discard the new item?" Keep editing / Discard); Esc on that question goes back to editing.
 */
function outgoingTripId(app: Parameters<typeof call>[0]): string {
  return call(app, 'trips:list', {}).find((t) => t.title === OUTGOING_TITLE)!.id;
}

test.describe('unsaved input in dialogs', () => {
  test('Esc on a half-filled New item asks first and keeps the title; Discard closes', async ({ page, app }) => {
    await openApp(page, app);
    await openRoute(page, app, `/trips/${outgoingTripId(app.core)}/programme`);
    // Untouched (only its defaults), it closes at once.
    await page.getByRole('button', { name: 'New item' }).click();
    const dialog = page.getByRole('dialog', { name: 'New item' });
    const title = dialog.getByLabel('Title');
    await expect(title).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    await page.getByRole('button', { name: 'New item' }).click();
    await expect(title).toBeFocused();
    await title.fill('Visit to the water treatment plant');

    await page.keyboard.press('Escape');
    const confirm = page.getByRole('alertdialog', { name: 'Discard the new item?' });
    await expect(confirm).toBeVisible();
    await expect(confirm.getByRole('button', { name: 'Keep editing' })).toBeFocused();
    await screenshot(page, 'dialog-discard-confirm');

    // Esc on the question: back to editing, the title still there and focused.
    await page.keyboard.press('Escape');
    await expect(confirm).toBeHidden();
    await expect(dialog).toBeVisible();
    await expect(title).toHaveValue('Visit to the water treatment plant');
    await expect(title).toBeFocused();

    // Again, twice in a row without a keystroke between (Chromium may close a dialog by itself then).
    await page.keyboard.press('Escape');
    await expect(confirm).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(confirm).toBeHidden();
    await page.keyboard.press('Escape');
    await expect(confirm).toBeVisible();
    await confirm.getByRole('button', { name: 'Keep editing' }).click();
    await expect(title).toHaveValue('Visit to the water treatment plant');

    // The × and Cancel ask too; Discard closes and nothing was created.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(confirm).toBeVisible();
    await confirm.getByRole('button', { name: 'Discard' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Visit to the water treatment plant')).toHaveCount(0);
  });

  test('an untouched dialog closes at once; the question is in Swedish in a Swedish UI', async ({ page, app }) => {
    await openApp(page, app);
    await page.getByRole('button', { name: 'New trip' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New trip' });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('dialog', { name: 'Settings' }).getByLabel('Svenska').check();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Ny resa' }).first().click();
    const ny = page.getByRole('dialog', { name: 'Ny resa' });
    await ny.getByLabel('Titel').fill('Kommunstyrelsen till Wuxi');
    await ny.getByRole('button', { name: 'Stäng', exact: true }).click();
    const fråga = page.getByRole('alertdialog', { name: 'Släng den nya resan?' });
    await expect(fråga).toBeVisible();
    await fråga.getByRole('button', { name: 'Fortsätt redigera' }).click();
    await expect(ny.getByLabel('Titel')).toHaveValue('Kommunstyrelsen till Wuxi');
  });

  test('an organisation created from the New contact dialog shows in its field at once', async ({ page, app }) => {
    await openApp(page, app);
    await openRoute(page, app, '/contacts');
    await page.getByRole('button', { name: 'New contact' }).click();
    const contact = page.getByRole('dialog', { name: 'New contact' });
    await contact.getByRole('textbox', { name: 'Name', exact: true }).fill('Liu Yang');
    await contact.getByRole('button', { name: 'New organisation' }).click();
    const organisation = page.getByRole('dialog', { name: 'New organisation' });
    await organisation.getByRole('textbox', { name: 'Name', exact: true }).fill('Wuxi Foreign Affairs Office');

    // The organisation list is re-read after the create; hold that answer back, as a busy core
    // does, to see that the field does not wait for it.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(
      (url) => decodeURIComponent(url.pathname) === '/api/organisations:list',
      async (route) => {
        await held;
        await route.continue();
      },
    );
    await organisation.getByRole('button', { name: 'Create' }).click();
    await expect(organisation).toBeHidden();
    const field = contact.getByRole('combobox', { name: 'Organisation', exact: true });
    await expect(field.locator('option:checked')).toHaveText('Wuxi Foreign Affairs Office');
    await expect(field.locator('option', { hasText: 'Loading…' })).toHaveCount(0);
    release();

    await contact.getByRole('button', { name: 'Create' }).click();
    await expect(contact).toBeHidden();
    const saved = call(app.core, 'contacts:list', { query: 'Liu Yang' }).contacts[0]!;
    const created = call(app.core, 'organisations:list', {}).find((o) => o.name === 'Wuxi Foreign Affairs Office')!;
    expect(saved.organisationId).toBe(created.id);
  });
});
