import type { Page } from '@playwright/test';
import { collectPageErrors, expect, test, type TestApp } from './fixtures';
import { openApp, openRoute, screenshot } from './helpers';
import { call } from './seed';

/**
 * Hosting an incoming delegation (the Wuxi demo): every member is a visitor or a host, chosen on
 * the Members screen, and the visitors' handout lists the delegation and the hosts apart.
 */
test.use({ seed: 'cli-demo' });

function wuxiTripId(app: TestApp): string {
  const trip = call(app.core, 'trips:list', {}).find((t) => t.title.includes('Wuxi'));
  if (!trip) throw new Error('the demo has no Wuxi trip');
  return trip.id;
}

async function openMembers(page: Page, app: TestApp): Promise<string> {
  const tripId = wuxiTripId(app);
  await openApp(page, app);
  await openRoute(page, app, `/trips/${tripId}/members`);
  await expect(page.getByRole('heading', { level: 1, name: 'Members' })).toBeVisible();
  return tripId;
}

const row = (page: Page, name: string) => page.getByTestId('member-row').filter({ has: page.getByRole('link', { name, exact: true }) });

test.describe('hosting', () => {
  test('members show their side; counts and sub-groups count visitors and hosts apart', async ({ page, app }) => {
    const errors = collectPageErrors(page);
    await openMembers(page, app);
    await expect(page.getByTestId('members-count')).toHaveText('6 visitors · 2 hosts · 2 sub-groups');
    await expect(page.getByRole('columnheader', { name: 'Side and role' })).toBeVisible();
    const strategist = row(page, 'Municipal strategist, Södertälje kommun');
    await expect(strategist).toContainText('Host');
    await expect(strategist).toContainText('Receiving host');
    await expect(row(page, 'Vice Mayor of Wuxi')).toContainText('Visitor');
    const cards = page.getByTestId('group-card');
    await expect(cards.filter({ hasText: 'Wuxi delegation' })).toContainText('6 of 6 visitors');
    await expect(cards.filter({ hasText: 'Hosting team' })).toContainText('2 of 2 hosts');
    await page.mouse.move(640, 30);
    await screenshot(page, 'members-wuxi-sides');
    expect(errors).toEqual([]);
  });

  test('a new member is a visitor by default; choosing Host gives the hosts’ organisation and role', async ({ page, app }) => {
    const tripId = await openMembers(page, app);
    await page.getByRole('button', { name: 'Add member' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toHaveAccessibleName('Add member');
    const side = dialog.getByRole('group', { name: 'Side in the visit' });
    await expect(side.getByLabel('Visitor')).toBeChecked();
    await expect(dialog.getByLabel('Organisation')).toHaveValue("Wuxi Municipal People's Government (无锡市人民政府)");

    await side.getByLabel('Host').check();
    await expect(dialog.getByLabel('Organisation')).toHaveValue('Södertälje kommun');
    await expect(dialog.getByLabel('Role in the delegation')).toHaveValue('receiving_host');
    await dialog.getByLabel('Role in the delegation').selectOption('driver');
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Driver, hired minibus');
    await screenshot(page, 'members-add-host');
    await dialog.getByRole('button', { name: 'Add member' }).click();
    await expect(dialog).toContainText('Driver, hired minibus was added as number 9.');
    await dialog.getByRole('button', { name: 'Done' }).click();

    const added = call(app.core, 'members:list', { tripId }).find((m) => m.name === 'Driver, hired minibus');
    expect(added).toMatchObject({ side: 'host', role: 'driver', organisation: 'Södertälje kommun' });
    await expect(page.getByTestId('members-count')).toHaveText('6 visitors · 3 hosts · 2 sub-groups');
  });

  test('the edit panel changes a member’s side, saved as you go', async ({ page, app }) => {
    const tripId = await openMembers(page, app);
    await page.getByRole('link', { name: 'Interpreter, Wuxi Foreign Affairs Office', exact: true }).click();
    const panel = page.getByRole('dialog', { name: /Interpreter, Wuxi Foreign Affairs Office/ });
    const side = panel.getByRole('group', { name: 'Side in the visit' });
    await expect(side.getByLabel('Visitor')).toBeChecked();
    await side.getByLabel('Host').check();
    await expect(panel.getByTestId('save-status')).toHaveText('Saved');
    const saved = call(app.core, 'members:list', { tripId }).find((m) => m.name.startsWith('Interpreter'));
    expect(saved?.side).toBe('host');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('members-count')).toHaveText('5 visitors · 3 hosts · 2 sub-groups');
  });

  test('the handout lists "The delegation" (visitors) and "Your hosts" (with their roles) apart', async ({ page, app }) => {
    const tripId = wuxiTripId(app);
    await openApp(page, app);
    await openRoute(page, app, `/trips/${tripId}/documents`);
    const preview = page.frameLocator('[data-testid="document-preview-frame"]');
    const delegation = preview.locator('section.delegation');
    const hosts = preview.locator('section.hosts');
    await expect(delegation.locator('h2')).toHaveText('The delegation');
    await expect(hosts.locator('h2')).toHaveText('Your hosts');
    await expect(delegation.locator('tbody tr')).toHaveCount(6);
    await expect(delegation).toContainText('Vice Mayor of Wuxi');
    await expect(delegation).not.toContainText('Municipal strategist');
    await expect(hosts.locator('tbody tr').filter({ hasText: 'Municipal strategist' })).toContainText('Receiving host');
    await expect(hosts.locator('tbody tr').filter({ hasText: 'International coordinator' })).toContainText('Accompanying officer');
    await expect(hosts).not.toContainText('Vice Mayor');
  });

  test('the airport pickup keeps its flight, meeting point, sign and driver when edited in the programme', async ({ page, app }) => {
    const tripId = wuxiTripId(app);
    const pickup = call(app.core, 'trips:workspace', { id: tripId }).items.find((i) => i.details.signText)!;
    await openApp(page, app);
    await openRoute(page, app, `/trips/${tripId}/programme/${pickup.id}`);
    await page.getByRole('button', { name: `Edit “${pickup.title}”` }).click();
    const editor = page.getByRole('dialog', { name: 'Edit item' });
    await expect(editor.getByLabel('Flight or train number')).toHaveValue('AY 815');
    await expect(editor.getByLabel('Text on the sign')).toHaveValue('Wuxi delegation · 无锡代表团');
    await editor.getByLabel('Meeting point').fill('Arlanda Terminal 5, arrivals, by the pharmacy');
    await expect(editor.getByTestId('save-status')).toHaveText('Saved');
    await screenshot(page, 'programme-pickup-editor');
    await editor.getByRole('button', { name: 'Done' }).click();
    expect(call(app.core, 'items:get', { id: pickup.id }).details).toMatchObject({
      number: 'AY 815',
      meetingPoint: 'Arlanda Terminal 5, arrivals, by the pharmacy',
      signText: 'Wuxi delegation · 无锡代表团',
      driver: 'Hired driver, phone on the booking (demo)',
    });
  });
});
