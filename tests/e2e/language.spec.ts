import { expect, test, waitForAppState } from './fixtures';
import { openApp, screenshot } from './helpers';
import { OUTGOING_TITLE } from './seed';

test.describe('language', () => {
  test('switches to Swedish and back in Settings; dates follow; the choice is kept', async ({ page, app }) => {
    await openApp(page, app);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const row = page.getByTestId('trip-row').filter({ hasText: OUTGOING_TITLE });
    await expect(row).toContainText('28 Oct – 4 Nov 2017');

    await page.getByRole('button', { name: 'Settings' }).click();
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await settings.getByLabel('Svenska').check();
    // Applies at once, in the open dialog too.
    await expect(page.getByRole('dialog', { name: 'Inställningar' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await screenshot(page, 'settings-sv');
    await page.keyboard.press('Escape');

    await expect(page.getByRole('heading', { level: 1, name: 'Resor' })).toBeVisible();
    await expect(page.getByTestId('trips-count')).toHaveText('2 resor');
    await expect(row).toContainText('28 okt – 4 nov 2017');
    await expect(row).toContainText('8 dagar');
    await expect(row).toContainText('Utresa');
    await expect(row).toContainText('Bekräftad');
    await expect(page.getByRole('button', { name: 'Ny resa' })).toBeVisible();
    await screenshot(page, 'trips-list-sv');

    await page.reload();
    await waitForAppState(page, 'loaded');
    await expect(page.getByRole('heading', { level: 1, name: 'Resor' })).toBeVisible();

    // Validation messages are translated too.
    await page.getByRole('button', { name: 'Ny resa' }).click();
    const create = page.getByRole('dialog', { name: 'Ny resa' });
    await create.getByLabel('Startdatum').fill('2026-05-10');
    await create.getByLabel('Startdatum').blur(); // dates are read when the field is left
    await create.getByLabel('Slutdatum').fill('2026-05-01');
    await create.getByLabel('Slutdatum').blur();
    await expect(create.getByText('Resan kan inte sluta innan den börjar')).toBeVisible();
    // The dialog holds typed dates, so Esc asks first (in Swedish too) before anything is thrown away.
    await page.keyboard.press('Escape');
    await page.getByRole('alertdialog').getByRole('button', { name: 'Släng' }).click();
    await expect(create).toHaveCount(0);

    await page.getByRole('button', { name: 'Inställningar' }).click();
    await page.getByRole('dialog', { name: 'Inställningar' }).getByLabel('English').check();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('heading', { level: 1, name: 'Trips' })).toBeVisible();
    await expect(row).toContainText('28 Oct – 4 Nov 2017');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test.describe('on a computer set to Swedish', () => {
    test.use({ locale: 'sv-SE' });

    test('starts in Swedish', async ({ page, app }) => {
      await openApp(page, app);
      await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
      await expect(page.getByRole('heading', { level: 1, name: 'Resor' })).toBeVisible();
    });
  });
});
