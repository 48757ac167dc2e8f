import type { Page } from '@playwright/test';
import { collectPageErrors, expect, test, waitForAppState, type TestApp } from './fixtures';
import { openApp, openRoute, routeOf, screenshot } from './helpers';
import { call } from './seed';
import { databaseOf } from '../../core/db/raw-handle';

async function openAddressBook(page: Page, app: TestApp, contactId?: string): Promise<void> {
  await openApp(page, app);
  await openRoute(page, app, `/contacts${contactId ? `/${contactId}` : ''}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Address book' })).toBeVisible();
}

function contactByName(app: TestApp, name: string) {
  return call(app.core, 'contacts:list', { query: name }).contacts.find((c) => c.name === name)!;
}

test.describe('contacts', () => {
  test.use({ seed: 'cli-demo' });

  test('search finds contacts by Chinese organisation names and by Latin names, case-insensitively', async ({ page, app }) => {
    const errors = collectPageErrors(page);
    await openAddressBook(page, app);
    const total = call(app.core, 'contacts:list', {}).total;
    await expect(page.getByTestId('contacts-count')).toHaveText(`${total} contacts`);
    const list = page.getByRole('list', { name: 'Contacts' });
    const search = page.getByRole('searchbox', { name: 'Search contacts' });

    await search.fill('外事');
    await expect(list.getByTestId('contact-row').filter({ hasText: 'Protocol officer, Jinan FAO' })).toBeVisible();
    await expect(list.getByTestId('contact-row').filter({ hasText: 'Director, Jinan 12345 Hotline' })).toHaveCount(0);

    await search.fill('济南');
    await expect(list.getByTestId('contact-row').filter({ hasText: 'Director, Jinan 12345 Hotline' })).toBeVisible();
    await expect(list.getByTestId('contact-row').filter({ hasText: 'Protocol officer, Jinan FAO' })).toBeVisible();
    await expect(page.getByTestId('contacts-count')).toContainText('matching contacts');

    await search.fill('pROTOCOL OFFICER');
    await expect(page.getByTestId('contacts-count')).toHaveText('1 matching contact');
    await list.getByTestId('contact-row').filter({ hasText: 'Protocol officer, Jinan FAO' }).click();
    const panel = page.getByTestId('contact-panel');
    await expect(panel.getByRole('heading', { level: 2 })).toContainText('Protocol officer, Jinan FAO');
    const id = contactByName(app, 'Protocol officer, Jinan FAO').id;
    expect(routeOf(page)).toBe(`/contacts/${id}`);

    // The role filter (an address-book role, translated) narrows the list to interpreters.
    await search.fill('');
    await page.getByRole('combobox', { name: 'Filter by role' }).selectOption({ label: 'Interpreter' });
    const interpreters = call(app.core, 'contacts:list', { limit: 1000 }).contacts.filter((c) => c.role === 'interpreter');
    await expect(page.getByTestId('contacts-count')).toHaveText(`${interpreters.length} matching contacts`);
    await expect(list.getByTestId('contact-row')).toHaveCount(interpreters.length);
    expect(errors).toEqual([]);
  });

  test('create a contact with a native name in a trip, and link it to a programme item', async ({ page, app }) => {
    const errors = collectPageErrors(page);
    const trip = call(app.core, 'trips:list', {}).find((t) => t.title.includes('Jinan'))!;
    const item = call(app.core, 'items:list', { tripId: trip.id }).find((i) => i.kind === 'visit')!;
    await openApp(page, app);
    await openRoute(page, app, `/trips/${trip.id}/contacts`);
    await expect(page.getByRole('heading', { level: 1, name: 'Contacts' })).toBeVisible();

    await page.getByRole('button', { name: 'New contact' }).click();
    const dialog = page.getByRole('dialog', { name: 'New contact' });
    const name = dialog.getByRole('textbox', { name: 'Name', exact: true });
    await expect(name).toBeFocused();
    await name.fill('Wang Wei');
    await dialog.getByLabel('Name in native script').fill('王伟');
    await dialog.getByLabel('Title').fill('Deputy Director, Hotline 12345');
    await dialog.getByLabel('Role').selectOption({ label: 'Host' });
    await dialog.getByRole('combobox', { name: 'Organisation', exact: true }).selectOption({ label: 'Jinan 12345 Citizen Service Hotline · 济南12345市民服务热线' });
    await dialog.getByLabel('E-mail').fill('wang.wei@');
    await expect(dialog.getByText('Not a valid e-mail address')).toBeVisible();
    await dialog.getByLabel('E-mail').fill('wang.wei@example.cn');
    await dialog.getByLabel('Messaging').fill('WeChat: wangwei_jn');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog).toHaveCount(0);

    const panel = page.getByTestId('contact-panel');
    await expect(panel.getByRole('heading', { level: 2 })).toContainText('Wang Wei');
    await expect(panel.getByRole('heading', { level: 2 }).locator('[lang^="zh"]')).toHaveText('王伟');
    const created = contactByName(app, 'Wang Wei');
    expect(created).toMatchObject({ nativeName: '王伟', role: 'host', messaging: 'WeChat: wangwei_jn', email: 'wang.wei@example.cn' });
    expect(routeOf(page)).toBe(`/trips/${trip.id}/contacts/${created.id}`);

    const links = panel.getByTestId('contact-links');
    await expect(links).toContainText('Not linked to any item of this trip.');
    const picker = links.getByLabel('Link to an item');
    const option = await picker.locator('option', { hasText: item.title }).getAttribute('value');
    await picker.selectOption(option!);
    await links.getByRole('button', { name: 'Link', exact: true }).click();
    await expect(links.getByRole('link', { name: item.title })).toBeVisible();
    expect(call(app.core, 'items:get', { id: item.id }).contactIds).toContain(created.id);

    // Linked, it is one of this trip's contacts now.
    await page.getByRole('radio', { name: 'This trip' }).check();
    await expect(page.getByRole('list', { name: 'Contacts' }).getByTestId('contact-row').filter({ hasText: 'Wang Wei' })).toBeVisible();

    // Edits save as you type.
    await panel.getByLabel('Phone').fill('+86 531 1234 5678');
    await expect(panel.getByTestId('save-status')).toHaveText('Saved');
    expect(call(app.core, 'contacts:get', { id: created.id }).phone).toBe('+86 531 1234 5678');
    await screenshot(page, 'contacts-linked');
    expect(errors).toEqual([]);
  });

  test('delete a contact, then Undo brings it back with its links', async ({ page, app }) => {
    const contact = contactByName(app, 'Interpreter, Chinese–Swedish (Jinan)');
    const trip = call(app.core, 'trips:list', {}).find((t) => t.title.includes('Jinan'))!;
    const linkedBefore = call(app.core, 'items:list', { tripId: trip.id }).filter((i) => i.contactIds.includes(contact.id)).length;
    expect(linkedBefore).toBeGreaterThan(0);

    await openAddressBook(page, app, contact.id);
    const panel = page.getByTestId('contact-panel');
    await expect(panel.getByRole('heading', { level: 2 })).toContainText(contact.name);
    await panel.getByRole('button', { name: 'Delete contact' }).click();

    const toast = page.getByRole('status').filter({ hasText: `Deleted ${contact.name}` });
    await expect(toast).toBeVisible();
    await expect(page.getByTestId('contact-row').filter({ hasText: contact.name })).toHaveCount(0);
    expect(call(app.core, 'contacts:list', { query: contact.name }).total).toBe(0);

    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByRole('status').filter({ hasText: `${contact.name} is back` })).toBeVisible();
    await expect(page.getByTestId('contact-row').filter({ hasText: contact.name })).toBeVisible();
    expect(call(app.core, 'contacts:get', { id: contact.id }).name).toBe(contact.name);
    expect(call(app.core, 'items:list', { tripId: trip.id }).filter((i) => i.contactIds.includes(contact.id))).toHaveLength(linkedBefore);

    // Organisations: create, rename (autosave), delete and undo.
    await page.getByRole('tab', { name: 'Organisations' }).click();
    await page.getByRole('button', { name: 'New organisation' }).click();
    const dialog = page.getByRole('dialog', { name: 'New organisation' });
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Shandong Foreign Affairs Office');
    await dialog.getByRole('textbox', { name: 'Name in native script' }).fill('山东省外事办公室');
    await dialog.getByRole('button', { name: 'Create' }).click();
    const panel2 = page.getByTestId('organisation-panel');
    await expect(panel2.getByRole('heading', { level: 2 })).toContainText('Shandong Foreign Affairs Office 山东省外事办公室');
    await panel2.getByRole('textbox', { name: 'City' }).fill('Jinan');
    await expect(panel2.getByTestId('save-status')).toHaveText('Saved');
    await panel2.getByRole('button', { name: 'Delete organisation' }).click();
    const deleted = page.getByRole('status').filter({ hasText: 'Deleted Shandong Foreign Affairs Office' });
    await expect(deleted).toBeVisible();
    await expect(page.getByTestId('organisation-row').filter({ hasText: 'Shandong' })).toHaveCount(0);
    await page.keyboard.press('Control+z');
    await expect(page.getByTestId('organisation-row').filter({ hasText: 'Shandong' })).toContainText('Jinan');
  });

  test('screenshots: Swedish and English, light and dark', async ({ page, app }) => {
    const contact = contactByName(app, 'Protocol officer, Jinan FAO');
    const trip = call(app.core, 'trips:list', {}).find((t) => t.title.includes('Jinan'))!;
    await openApp(page, app);
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
      await openRoute(page, app, `/trips/${trip.id}/contacts/${contact.id}`);
      await page.reload(); // a new hash alone does not reload the page, and settings are read at start
      await waitForAppState(page, 'loaded');
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect(page.getByTestId('contact-panel')).toBeVisible();
      await expect(page.getByTestId('contact-row').first()).toBeVisible();
      await screenshot(page, `contacts-${language}-${theme}`);
    }
    await openRoute(page, app, '/contacts');
    await page.getByRole('tab', { name: 'Organisationer' }).click();
    await page.getByTestId('organisation-row').filter({ hasText: 'Jinan Foreign Affairs Office' }).click();
    await expect(page.getByTestId('organisation-panel')).toContainText('Protocol officer, Jinan FAO');
    await screenshot(page, 'contacts-organisations-sv-dark');
  });
});

test.describe('a large address book', () => {
  test.use({ seed: 'empty' });

  test('thousands of contacts: the total shows at once, pages load while scrolling to the end', async ({ page, app }) => {
    const errors = collectPageErrors(page);
    const count = 2_500;
    const organisation = call(app.core, 'organisations:create', { name: 'Shandong Provincial Government', nativeName: '山东省人民政府' });
    // One transaction for the lot: seconds become milliseconds.
    databaseOf(app.core).transaction(() => {
      for (let i = 1; i <= count; i++) {
        const n = String(i).padStart(4, '0');
        call(app.core, 'contacts:create', {
          name: `Person ${n}`,
          nativeName: `人员${n}`,
          organisationId: i % 3 === 0 ? organisation.id : null,
          role: i % 50 === 0 ? 'interpreter' : 'host',
        });
      }
    })();
    await openAddressBook(page, app);
    await expect(page.getByTestId('contacts-count')).toHaveText(`${count} contacts`);
    const list = page.getByRole('list', { name: 'Contacts' });
    // Only the rows in view exist.
    expect(await list.getByRole('listitem').count()).toBeLessThan(60);

    const scroller = page.locator('.contact-list');
    await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await expect(list.getByTestId('contact-row').filter({ hasText: `Person ${count}` })).toBeVisible();
    await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight / 2 }));
    await expect(list.getByTestId('contact-row').filter({ hasText: /Person 1[12]\d\d/ }).first()).toBeVisible();
    await expect(list.locator('.contact-row-placeholder')).toHaveCount(0);
    await screenshot(page, 'contacts-large');

    await page.getByRole('searchbox', { name: 'Search contacts' }).fill('人员249');
    // 人员2490 … 人员2499.
    await expect(page.getByTestId('contacts-count')).toHaveText('10 matching contacts');
    expect(errors).toEqual([]);
  });
});
