import { writeAddressBook } from '../../bench/dataset/address-book';
import { writeLargeTrip } from '../../bench/dataset/large-trip';
import { Random } from '../../bench/dataset/random';
import { dataWriter } from '../../bench/dataset/writer';
import { databaseOf } from '../../core/db/raw-handle';
import type { Core } from '../../core/index';
import { MEETING_KINDS } from '../../shared/domain/item';
import type { Locator } from '@playwright/test';
import { collectPageErrors, expect, test } from './fixtures';
import { openApp, openRoute, routeOf, screenshot } from './helpers';
import { call } from './seed';

/** The benchmark's state-visit programme stretched to 53 days: about 1,600 items, 60 members in two tracks. */
function seedHugeTrip(core: Core) {
  const db = databaseOf(core);
  const write = dataWriter(db);
  const random = new Random(1600);
  return db.transaction(() => {
    const book = writeAddressBook(random, write, { organisations: 20, contacts: 300 });
    return writeLargeTrip(random, write, book, { days: 53, title: 'Statsbesök 1 600 punkter' });
  })();
}

/** Whatever the trip's size, the page holds about a screenful of cards. */
const MAX_CARDS_IN_PAGE = 40;

/**
 * This spec asserts what is in the page, not how fast it comes (the bench times the screens):
 * loading 1,600 items and their checks beside other specs on a busy CI box can pass 10 s.
 */
const expectSoon = expect.configure({ timeout: 30_000 });

test.describe('a trip of 1,600 items', () => {
  test('the Programme keeps a screenful of cards in the page; switching tabs and opening an item from search still work', async ({ page, app }) => {
    test.slow(); // 1,600 items and 60 members are written and loaded on a shared, busy machine
    const errors = collectPageErrors(page);
    const trip = seedHugeTrip(app.core);
    expect(trip.itemIds.length).toBeGreaterThan(1_500);
    await openApp(page, app);
    await openRoute(page, app, `/trips/${trip.tripId}/programme`);
    const cards = page.getByTestId('programme-item');
    await expectSoon(cards.first()).toBeVisible();
    await expectSoon(page.getByTestId('programme-days')).toHaveAttribute('data-virtual', 'true');
    expect(await cards.count()).toBeLessThan(MAX_CARDS_IN_PAGE);

    // At the far end of the programme: still only what is in view.
    await page.locator('.app-main').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    const flightHome = page.getByRole('article').filter({ has: page.getByRole('heading', { name: 'Flyg Chengdu → Stockholm' }) });
    await expectSoon(flightHome).toBeVisible();
    expect(await cards.count()).toBeLessThan(MAX_CARDS_IN_PAGE);

    // Members and back: Members opens at its top; the Programme comes back where it was left
    // (kept mounted while hidden), its cards shown again, not duplicated.
    await flightHome.scrollIntoViewIfNeeded();
    await expect(flightHome).toBeInViewport();
    const nav = page.getByRole('navigation', { name: 'Trip sections' });
    await nav.getByRole('link', { name: 'Members', exact: true }).click();
    await expectSoon(page.getByRole('heading', { level: 1, name: 'Members' })).toBeInViewport();
    await expectSoon(page.getByTestId('member-row').first()).toBeInViewport();
    // The hidden Programme is out of sight and out of the accessibility tree.
    await expectSoon(page.getByRole('article')).toHaveCount(0);
    await expect(flightHome).toBeHidden();
    // …and out of the keyboard's way: from the last tab link, Tab goes to Members, not into the
    // hidden Programme before it in the page, and nothing in the Programme takes focus.
    await nav.getByRole('link', { name: 'Documents', exact: true }).focus();
    await page.keyboard.press('Tab');
    await expect(page.locator('.kept-screen[data-tab="members"] :focus')).toHaveCount(1);
    const focusableWhileHidden = await page.locator('.kept-screen[data-tab="programme"]').evaluate((screen) =>
      [...screen.querySelectorAll<HTMLElement>('a[href], button, input, select')].filter((el) => {
        el.focus();
        return document.activeElement === el;
      }).length,
    );
    expect(focusableWhileHidden).toBe(0);
    await nav.getByRole('link', { name: 'Programme', exact: true }).click();
    await expectSoon(flightHome).toBeInViewport();
    expect(await cards.count()).toBeLessThan(MAX_CARDS_IN_PAGE);
    await page.locator('.app-main').evaluate((el) => el.scrollTo(0, 0));
    await expectSoon(page.getByRole('heading', { level: 1, name: 'Programme' })).toBeVisible();
    await expectSoon(page.getByRole('article').first()).toBeVisible();

    // From the Members tab, a search hit on the last day's flight opens the Programme on it.
    await nav.getByRole('link', { name: 'Members', exact: true }).click();
    await expectSoon(page.getByRole('heading', { level: 1, name: 'Members' })).toBeVisible();
    await page.locator('.app-main').evaluate((el) => el.scrollTo(0, 0));
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Search' });
    await palette.getByRole('combobox').fill('Chengdu → Stockholm');
    await palette.getByRole('option').filter({ hasText: 'Flyg Chengdu → Stockholm' }).first().click();
    await expectSoon(palette).toHaveCount(0);
    await expectSoon(page.getByRole('heading', { level: 1, name: 'Programme' })).toBeVisible();
    expect(routeOf(page)).toContain(`/trips/${trip.tripId}/programme/`);
    await expectSoon(flightHome).toBeInViewport();
    expect(await cards.count()).toBeLessThan(MAX_CARDS_IN_PAGE);
    expect(errors).toEqual([]);
  });

  test('the Overview’s matrix holds every member but lays out only the rows in view; its columns line up and the names stay in view', async ({ page, app }) => {
    test.slow(); // 1,600 items and 60 members are written and loaded on a shared, busy machine
    const errors = collectPageErrors(page);
    const trip = seedHugeTrip(app.core);
    await openApp(page, app);
    await openRoute(page, app, `/trips/${trip.tripId}/overview`);
    const matrix = page.getByRole('table', { name: 'Who is where, day by day' });
    await expectSoon(matrix.getByRole('rowheader')).toHaveCount(60);
    const columns = await matrix.getByRole('columnheader').count();
    expect(columns).toBeGreaterThan(1 + 50); // the member, then the trip's 53 days and more
    const rows = matrix.locator('tbody tr');
    // A row far below the view keeps its place, but its cells are not laid out.
    const rendered = (row: typeof rows) => row.evaluate((el) => el.firstElementChild!.checkVisibility({ contentVisibilityAuto: true }));
    expect(await rendered(rows.last())).toBe(false);
    await rows.last().evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await expect.poll(() => rendered(rows.last())).toBe(true);
    // Every row lays out its own grid, on the same columns as the header.
    const lefts = (row: Locator) => row.locator(':scope > *').evaluateAll((cells) => cells.map((c) => Math.round(c.getBoundingClientRect().left)));
    const header = await lefts(matrix.locator('thead tr'));
    expect(header).toHaveLength(columns);
    expect(await lefts(rows.last())).toEqual(header);
    // Scrolled sideways, the member column stays at the region's left edge and no day shows beside it.
    const region = page.getByRole('region', { name: 'Who is where (scrolls sideways)' });
    await region.evaluate((el) => (el.scrollLeft = 1_000));
    const name = rows.last().getByRole('rowheader');
    const [regionBox, nameBox] = [await region.boundingBox(), await name.boundingBox()];
    expect(Math.abs(nameBox!.x - regionBox!.x)).toBeLessThan(1);
    const atLeftEdge = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('th, td')?.tagName, { x: regionBox!.x + 1, y: nameBox!.y + nameBox!.height / 2 });
    expect(atLeftEdge).toBe('TH');
    await screenshot(page, 'overview-large-trip-matrix-scrolled');
    expect(errors).toEqual([]);
  });

  test('Meetings lists every one of 845 meetings, and a link to the last one shows it selected and in view', async ({ page, app }) => {
    test.slow(); // 1,600 items and 60 members are written and loaded on a shared, busy machine
    const errors = collectPageErrors(page);
    const trip = seedHugeTrip(app.core);
    const meetings = call(app.core, 'trips:workspace', { id: trip.tripId }).items.filter((i) => MEETING_KINDS.includes(i.kind));
    expect(meetings.length).toBeGreaterThan(800);
    await openApp(page, app);
    // The screen shows its first rows at once and the rest right after: all of them end up listed.
    await openRoute(page, app, `/trips/${trip.tripId}/meetings`);
    const rows = page.getByTestId('meeting-row');
    await expectSoon(rows).toHaveCount(meetings.length);
    // A meeting far down the list, opened by its link: selected, scrolled to, and its editor open.
    const last = await rows.last().getAttribute('data-item-id');
    await openRoute(page, app, '/');
    await openRoute(page, app, `/trips/${trip.tripId}/meetings/${last}`);
    const selected = page.locator('[data-testid="meeting-row"][aria-current="true"]');
    await expectSoon(selected).toHaveAttribute('data-item-id', last!);
    await expect(selected).toBeInViewport();
    await expect(rows).toHaveCount(meetings.length);
    expect(errors).toEqual([]);
  });

  test('the Documents preview holds all 1,600 items but lays out only those near its view, and prints them all', async ({ page, app }) => {
    test.slow(); // the 1,600-item programme is some 400 pages of HTML
    const trip = seedHugeTrip(app.core);
    await openApp(page, app);
    await openRoute(page, app, `/trips/${trip.tripId}/documents`);
    const preview = page.frameLocator('[data-testid="document-preview-frame"]');
    // All of it is in the frame's document: Find, copy and screen readers reach the last day.
    await expectSoon(preview.locator('body')).toContainText('Flyg Chengdu → Stockholm');
    const entries = preview.locator('.entry');
    expect(await entries.count()).toBeGreaterThan(1_500);
    // What is not near the frame's view is not laid out (its layout runs on the app's thread):
    // an entry far down keeps its place, but its content is skipped.
    const rendered = (entry: typeof entries) => entry.evaluate((el) => el.firstElementChild!.checkVisibility({ contentVisibilityAuto: true }));
    expect(await rendered(entries.last())).toBe(false);
    expect(await rendered(entries.nth(800))).toBe(false);
    // Scrolled to, an entry is laid out and shown.
    await entries.last().evaluate((el) => el.scrollIntoView());
    await expect.poll(() => rendered(entries.last())).toBe(true);
    await screenshot(page, 'documents-large-trip-preview-end');
    // Printing from the preview lays out every entry: the skipping is for the screen only.
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => rendered(entries.nth(800))).toBe(true);
  });
});
