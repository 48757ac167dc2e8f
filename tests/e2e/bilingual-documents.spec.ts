import { collectPageErrors, expect, test, type TestApp } from './fixtures';
import { openApp, openRoute, screenshot } from './helpers';
import { call } from './seed';

/**
 * Chinese and bilingual documents from the Documents screen over the demo data: the live
 * preview follows the chosen language, and a title typed in an item's second-language section
 * shows in the bilingual programme. Badges and place cards are offered with their preview.
 */
test.use({ seed: 'cli-demo' });

const MEETING = 'Styrgruppsmöte för partnerskapet Västerås–Jinan';
const MEETING_ZH = '韦斯特罗斯–济南合作伙伴关系指导委员会会议';

function jinanTripId(app: TestApp): string {
  const trip = call(app.core, 'trips:list', {}).find((t) => t.title.includes('Jinan'));
  if (!trip) throw new Error('the demo has no Jinan trip');
  return trip.id;
}

test('a second-language title in the item form shows in the bilingual preview; Chinese labels and dates; badges', async ({ page, app }) => {
  const errors = collectPageErrors(page);
  const tripId = jinanTripId(app);
  await openApp(page, app);
  await openRoute(page, app, `/trips/${tripId}/programme`);
  await page.getByRole('button', { name: `Edit “${MEETING}”` }).first().click();
  const editor = page.getByRole('dialog', { name: 'Edit item' });
  await editor.getByText('Second language (for bilingual documents)').click();
  await editor.getByLabel('Title in the second language').fill(MEETING_ZH);
  await expect(editor.getByTestId('save-status')).toHaveText('Saved');
  await screenshot(page, 'item-second-language');
  await editor.getByRole('button', { name: 'Done' }).click();
  await expect(editor).toHaveCount(0);

  await openRoute(page, app, `/trips/${tripId}/documents`);
  const preview = page.frameLocator('[data-testid="document-preview-frame"]').locator('body');
  await page.getByRole('radio', { name: '中文 (Chinese)' }).check();
  await expect(preview).toContainText('日程安排');
  await expect(preview).toContainText('代表团');
  await expect(preview).toContainText('2017年10月30日 星期一');
  // A Chinese programme leads with the translation the user typed.
  await expect(preview).toContainText(MEETING_ZH);

  await page.getByRole('radio', { name: 'Svenska' }).check();
  await page.getByLabel('Second language').selectOption({ label: '中文 (Chinese)' });
  await expect(preview).toContainText('Delegationen / 代表团');
  await expect(preview).toContainText(MEETING);
  await expect(preview).toContainText(MEETING_ZH);
  await screenshot(page, 'documents-sv-zh');

  await page.getByLabel('Name badges').check();
  await expect(preview).toContainText('Anders Teljebäck');
  await expect(preview).not.toContainText('Delegationen / 代表团');
  await screenshot(page, 'documents-badges');
  await page.getByLabel('Place cards').check();
  await expect(preview.locator('.card-back').first()).toBeVisible();
  await screenshot(page, 'documents-place-cards');
  // Playwright's own probes into the scriptless frame are refused by its sandbox, as they should
  // be; anything else (a CSP violation: an inline style on a badge) is a failure.
  expect(errors.filter((error) => !/^Blocked script execution in 'blob:/.test(error))).toEqual([]);
});
