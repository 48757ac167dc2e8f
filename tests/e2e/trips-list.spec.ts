import path from 'node:path';
import { artifactsDir, collectPageErrors, expect, test, waitForAppState } from './fixtures';
import { call, INCOMING_TITLE, OUTGOING_TITLE } from './seed';

test.describe('trips list', () => {
  test('shows both sample trips with dates, destinations, direction and counts', async ({ page, app }) => {
    const errors = collectPageErrors(page);
    const response = await page.goto(app.url);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await waitForAppState(page, 'loaded');

    await expect(page.getByRole('heading', { level: 1, name: 'Trips' })).toBeVisible();
    await expect(page.getByText('Delegation Planner', { exact: true })).toBeVisible();
    const rows = page.getByTestId('trip-row');
    await expect(rows).toHaveCount(2);
    await expect(page.getByTestId('trips-count')).toHaveText('2 trips');

    const outgoing = rows.filter({ hasText: OUTGOING_TITLE });
    await expect(outgoing.getByRole('rowheader')).toContainText(OUTGOING_TITLE);
    await expect(outgoing).toContainText('28 Oct – 4 Nov 2017');
    await expect(outgoing).toContainText('8 days');
    await expect(outgoing.getByRole('listitem')).toHaveText(['Jinan 济南', 'Shenyang 沈阳']);
    await expect(outgoing.locator('[lang="zh-CN"]').first()).toHaveText('济南');
    await expect(outgoing).toContainText('Outgoing');
    await expect(outgoing).toContainText('Confirmed');
    await expect(outgoing.getByTestId('member-count')).toHaveText('5');
    await expect(outgoing.getByTestId('item-count')).toHaveText('2');

    const incoming = rows.filter({ hasText: INCOMING_TITLE });
    await expect(incoming).toContainText('14–17 May 2018');
    await expect(incoming.getByRole('listitem')).toHaveText(['Södertälje']);
    await expect(incoming).toContainText('Incoming');
    await expect(incoming).toContainText('Draft');
    await expect(incoming).toContainText('无锡市人民政府');
    await expect(incoming.getByTestId('member-count')).toHaveText('3');
    await expect(incoming.getByTestId('item-count')).toHaveText('0');

    // The token left the address bar (history, bookmarks, screenshots) once read.
    expect(page.url()).toBe(`${app.origin}/`);
    expect(errors).toEqual([]);

    await page.screenshot({ path: path.join(artifactsDir, 'trips-list.png'), fullPage: false });
  });

  test('keeps working after a reload, although the link no longer shows the token', async ({ page, app }) => {
    await page.goto(app.url);
    await waitForAppState(page, 'loaded');
    await page.reload();
    await waitForAppState(page, 'loaded');
    await expect(page.getByTestId('trip-row')).toHaveCount(2);
  });

  test('shows archived trips only when asked to', async ({ page, app }) => {
    const [first] = call(app.core, 'trips:list', {});
    call(app.core, 'trips:archive', { id: first!.id, archived: true });

    await page.goto(app.url);
    await waitForAppState(page, 'loaded');
    await expect(page.getByTestId('trip-row')).toHaveCount(1);
    await page.getByLabel('Show archived trips').check();
    await expect(page.getByTestId('trip-row')).toHaveCount(2);
    await expect(page.getByText('Archived', { exact: true })).toBeVisible();
  });

  test('lists every trip of a long history, the oldest too, and opens it', async ({ page, app }) => {
    // An office's years of delegations: the first rows come first, the rest right after.
    for (let i = 1; i <= 150; i++) {
      const year = 2000 + Math.floor(i / 12);
      const month = String((i % 12) + 1).padStart(2, '0');
      call(app.core, 'trips:create', { title: `Delegationsresa nr ${i}`, direction: 'outgoing', startDate: `${year}-${month}-03`, endDate: `${year}-${month}-07` });
    }
    await page.goto(app.url);
    await waitForAppState(page, 'loaded');
    await expect(page.getByTestId('trips-count')).toHaveText('152 trips');
    const rows = page.getByTestId('trip-row');
    await expect(rows).toHaveCount(152);
    const oldest = rows.filter({ has: page.getByRole('link', { name: 'Delegationsresa nr 1', exact: true }) });
    await expect(oldest).toContainText('3–7 Feb 2000');
    await oldest.getByRole('link').click();
    await expect(page.getByTestId('workspace-trip-title')).toHaveText('Delegationsresa nr 1');
  });

  test.describe('with the data of `npm run cli -- demo`', () => {
    test.use({ seed: 'cli-demo' });

    test('shows both demo delegations with the counts the core reports', async ({ page, app }) => {
      const errors = collectPageErrors(page);
      const trips = call(app.core, 'trips:list', {});
      expect(trips).toHaveLength(2);
      await page.goto(app.url);
      await waitForAppState(page, 'loaded');
      await expect(page.getByTestId('trip-row')).toHaveCount(2);
      for (const trip of trips) {
        const row = page.locator(`[data-testid="trip-row"][data-trip-id="${trip.id}"]`);
        await expect(row.getByRole('rowheader')).toContainText(trip.title);
        await expect(row.getByTestId('member-count')).toHaveText(String(trip.memberCount));
        await expect(row.getByTestId('item-count')).toHaveText(String(trip.itemCount));
        for (const destination of trip.destinations) {
          await expect(row).toContainText(`${destination.city}${destination.nativeName ? ` ${destination.nativeName}` : ''}`);
        }
      }
      expect(errors).toEqual([]);
      await page.screenshot({ path: path.join(artifactsDir, 'trips-list-cli-demo.png') });
    });
  });

  test.describe('with no trips', () => {
    test.use({ seed: 'empty' });

    test('shows the empty state', async ({ page, app }) => {
      await page.goto(app.url);
      await waitForAppState(page, 'loaded');
      await expect(page.getByRole('heading', { name: 'No trips yet' })).toBeVisible();
      await expect(page.getByRole('table')).toHaveCount(0);
    });
  });
});

test.describe('access key problems', () => {
  test('a visit without the token explains what to open instead', async ({ page, app }) => {
    await page.goto(`${app.origin}/`);
    await waitForAppState(page, 'error');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('This page was opened without its access key');
    await expect(alert).toContainText('#token=');
    await page.screenshot({ path: path.join(artifactsDir, 'missing-token.png') });
  });

  test('a link from an earlier run says the link no longer works', async ({ page, app }) => {
    await page.goto(`${app.origin}/#token=${'A'.repeat(43)}`);
    await waitForAppState(page, 'error');
    await expect(page.getByRole('alert')).toContainText('This link no longer works');
    await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  });
});
