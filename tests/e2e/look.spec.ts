import { collectPageErrors, expect, test } from './fixtures';
import { openApp, screenshot } from './helpers';
import { OUTGOING_TITLE } from './seed';

/** Screens people look at (screenshots in tests/.artifacts), and the theme setting. */
test.describe('look', () => {
  test('settings dialog, and the dark theme applied at once and kept', async ({ page, app }) => {
    const errors = collectPageErrors(page);
    await openApp(page, app);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await page.keyboard.press('Control+,');
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await expect(settings).toBeVisible();
    await screenshot(page, 'settings');
    await settings.getByLabel('Dark').check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.keyboard.press('Escape');
    await screenshot(page, 'trips-list-dark');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.getByRole('link', { name: OUTGOING_TITLE }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    await screenshot(page, 'workspace-dark');
    expect(errors).toEqual([]);
  });

  test.describe('with the demo data', () => {
    test.use({ seed: 'cli-demo' });

    test('home and workspace of the demo Jinan trip', async ({ page, app }) => {
      await openApp(page, app);
      await screenshot(page, 'home-demo');
      await page.getByRole('link', { name: /Jinan/ }).first().click();
      await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
      await screenshot(page, 'workspace-demo');
      const row = page.getByRole('navigation', { name: 'Trip sections' });
      await row.getByRole('link', { name: 'Documents' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Documents' })).toBeVisible();
      await screenshot(page, 'workspace-documents');
    });
  });

  test.describe('with no trips', () => {
    test.use({ seed: 'empty' });

    test('the empty home offers New trip', async ({ page, app }) => {
      await openApp(page, app);
      await expect(page.getByTestId('trips-empty').getByRole('button', { name: 'New trip' })).toBeVisible();
      await screenshot(page, 'home-empty');
    });
  });
});
