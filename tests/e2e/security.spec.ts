import { test, expect } from './fixtures';
import { openApp } from './helpers';
import { call } from './seed';

/**
 * Markup, script and javascript: links typed into text fields (or imported from someone's trip
 * file) are shown as text on every screen: no alert or dialog, no injected element, no script
 * run. React escapes text by default; this proves no screen opted out (dangerouslySetInnerHTML,
 * innerHTML, href from data). The CSP would stop inline script as a second line of defence, so
 * the payloads also try what a CSP allows (an <img> element, a javascript: href).
 */
test.use({ seed: 'empty' });

const PWN = 'window.__pwned=1';
const TITLE = `<script>${PWN}</script> Jinan <img src=x onerror="${PWN}">`;
const NAME = `<img src=x onerror="${PWN}"> Anna`;
const ITEM = `<a href="javascript:${PWN}">Programme</a> <svg onload="${PWN}">`;

test('hostile text stays literal text on every screen', async ({ page, app }) => {
  test.setTimeout(120_000);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const trip = call(app.core, 'trips:create', {
    title: TITLE,
    direction: 'outgoing',
    purpose: `javascript:${PWN}`,
    startDate: '2017-10-28',
    endDate: '2017-11-04',
    destinations: [{ city: `<b>${NAME}</b>`, nativeName: '济南', country: 'CN', timeZone: 'Asia/Shanghai' }],
    notes: ITEM,
  });
  const member = call(app.core, 'members:create', { tripId: trip.id, name: NAME, notes: ITEM, email: 'a@example.org' });
  call(app.core, 'items:create', {
    tripId: trip.id,
    kind: 'meeting',
    title: ITEM,
    startLocal: '2017-10-30T09:30',
    startZone: 'Asia/Shanghai',
    endLocal: '2017-10-30T11:00',
    description: TITLE,
    publicNotes: NAME,
  });
  call(app.core, 'contacts:create', { name: NAME, role: 'host', notes: TITLE });

  await openApp(page, app);
  await expect(page.getByText(TITLE).first()).toBeVisible();

  const routes = [
    `/trips/${trip.id}/overview`,
    `/trips/${trip.id}/programme`,
    `/trips/${trip.id}/members`,
    `/trips/${trip.id}/members/${member.id}`,
    `/trips/${trip.id}/meetings`,
    `/trips/${trip.id}/contacts`,
    `/trips/${trip.id}/checks`,
    '/contacts',
  ];
  const loaded: string[] = [];
  for (const route of routes) {
    await page.goto(`${app.origin}/#${route}`);
    // Screens still being built may never leave "loading"; what they show must be inert anyway.
    const settled = await page
      .locator('body:not([data-app-state="loading"])')
      .waitFor({ timeout: 8_000 })
      .then(() => true, () => false);
    if (settled) loaded.push(route);
    const injected = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
      images: document.querySelectorAll('img[src="x"]').length,
      svgs: document.querySelectorAll('svg[onload]').length,
      handlers: document.querySelectorAll('[onerror], [onload]').length,
      javascriptLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
      scripts: [...document.querySelectorAll('script')].filter((s) => s.textContent?.includes('__pwned')).length,
    }));
    expect(injected, route).toEqual({ pwned: null, images: 0, svgs: 0, handlers: 0, javascriptLinks: 0, scripts: 0 });
  }
  expect(loaded).toContain(`/trips/${trip.id}/overview`);
  expect(dialogs).toEqual([]);
});
