import { expect, test } from './fixtures';
import { openApp, openRoute, screenshot } from './helpers';
import { card, openProgramme, seedFreshTrip } from './programme-helpers';
import { call } from './seed';

/** Long programmes: plain DOM up to VIRTUALISE_ABOVE rows (rendered in two steps), virtualised above. */
test.describe('long programmes', () => {
  test('a 104-item trip opens on its first rows and renders the rest behind them: a link to its last item, every card in the page, and its place kept', async ({ page, app }) => {
    const { trip } = seedFreshTrip(app.core);
    let last: { id: string } | undefined;
    for (let day = 0; day < 8; day++) {
      const date = new Date(Date.UTC(2017, 9, 28 + day)).toISOString().slice(0, 10);
      for (let i = 0; i < 13; i++) {
        const hour = String(8 + i).padStart(2, '0');
        last = call(app.core, 'items:create', {
          tripId: trip.id,
          kind: 'meeting',
          title: `Point ${day + 1}.${i + 1}`,
          startLocal: `${date}T${hour}:00`,
          startZone: 'Asia/Shanghai',
          location: { venue: 'Hi-tech Zone', city: 'Jinan' },
        });
      }
    }
    await openApp(page, app);
    // A deep link to the very last card, beyond the rows of the first frame: it waits for them.
    await openRoute(page, app, `/trips/${trip.id}/programme/${last!.id}`);
    const lastCard = card(page, 'Point 8.13');
    await expect(lastCard).toHaveClass(/is-highlighted/);
    await expect(lastCard).toBeFocused();
    await expect(lastCard).toBeInViewport();
    // Not virtualised: every card is in the page (find-in-page and screen readers see them all).
    const days = page.getByTestId('programme-days');
    await expect(days).toHaveAttribute('data-virtual', 'false');
    await expect(days).toHaveAttribute('data-complete', 'true');
    await expect(page.getByTestId('programme-item')).toHaveCount(104);

    // Halfway down, then three other tabs: the Programme is unmounted (three screens are kept).
    const day5 = page.getByRole('heading', { level: 2, name: 'Wednesday 1 November 2017' });
    await page.locator('section[data-date="2017-11-01"]').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await expect(day5).toBeInViewport();
    await screenshot(page, 'programme-plain-scrolled');
    const main = page.locator('#main');
    const left = await main.evaluate((el) => el.scrollTop);
    const nav = page.getByRole('navigation', { name: 'Trip sections' });
    for (const tab of ['Members', 'Meetings', 'Contacts']) {
      await nav.getByRole('link', { name: tab, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: tab })).toBeVisible();
    }
    await expect(page.locator('.kept-screen[data-tab="programme"]')).toHaveCount(0);
    // Back on the Programme, mounted anew where it was left, not cut short at its first rows.
    await nav.getByRole('link', { name: 'Programme', exact: true }).click();
    await expect(day5).toBeInViewport();
    expect(Math.abs((await main.evaluate((el) => el.scrollTop)) - left)).toBeLessThan(2);
    await expect(page.getByTestId('programme-item')).toHaveCount(104);
  });

  test('a trip with 420 items is virtualised and still scrolls to its last day', async ({ page, app }) => {
    const { trip } = seedFreshTrip(app.core);
    call(app.core, 'trips:update', { id: trip.id, patch: { endDate: '2017-11-10' } });
    for (let day = 0; day < 14; day++) {
      const date = new Date(Date.UTC(2017, 9, 28 + day)).toISOString().slice(0, 10);
      for (let i = 0; i < 30; i++) {
        const at = (h: number, m: number) => `${date}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
        const minutes = 7 * 60 + i * 30;
        call(app.core, 'items:create', {
          tripId: trip.id,
          kind: i % 3 ? 'meeting' : 'visit',
          title: `Programme point ${day + 1}.${i + 1}`,
          startLocal: at(Math.floor(minutes / 60), minutes % 60),
          startZone: 'Asia/Shanghai',
          endLocal: at(Math.floor((minutes + 25) / 60), (minutes + 25) % 60),
          location: { venue: 'Hi-tech Zone', city: 'Jinan' },
        });
      }
    }
    await openProgramme(page, app, trip.id);
    await expect(page.getByTestId('programme-days')).toHaveAttribute('data-virtual', 'true');
    await expect(card(page, 'Programme point 1.1')).toBeVisible();
    // Only what is in view (plus a margin) is in the page.
    expect(await page.getByTestId('programme-item').count()).toBeLessThan(40);
    await page.locator('.app-main').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect(card(page, 'Programme point 14.30')).toBeVisible();
    await screenshot(page, 'programme-many-items');
  });
});
