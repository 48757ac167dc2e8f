import { collectPageErrors, expect, test } from './fixtures';
import { openApp, routeOf, screenshot } from './helpers';
import { call } from './seed';

test.describe('global search', () => {
  test.use({ seed: 'cli-demo' });

  test('Ctrl+K finds a demo member; arrows and Enter open the members tab on them', async ({ page, app }) => {
    const errors = collectPageErrors(page);
    const jinan = call(app.core, 'trips:list', {}).find((trip) => trip.title.includes('Jinan'))!;
    const members = call(app.core, 'members:list', { tripId: jinan.id });
    // A member whose name is a real, searchable name (the demo describes some by role only).
    const member = members.find((m) => /^[\p{L}. -]+$/u.test(m.name) && m.name.split(' ').length >= 2) ?? members[0]!;
    const surname = member.name.split(' ').at(-1)!;

    await openApp(page, app);
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Search' });
    const input = palette.getByRole('combobox', { name: 'Search trips, members, programme and contacts' });
    await expect(input).toBeFocused();
    await input.fill(surname);

    const options = palette.getByRole('option');
    const target = options.filter({ hasText: member.name }).filter({ hasText: 'Member' });
    await expect(target).toBeVisible();
    await screenshot(page, 'search-palette');

    // Walk down with the arrow keys to the member, then Enter.
    const count = await options.count();
    for (let i = 0; i < count && (await target.getAttribute('aria-selected')) !== 'true'; i++) {
      await input.press('ArrowDown');
    }
    await expect(target).toHaveAttribute('aria-selected', 'true');
    await input.press('Enter');

    await expect(palette).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1, name: 'Members' })).toBeVisible();
    expect(routeOf(page)).toBe(`/trips/${jinan.id}/members/${member.id}`);
    await expect(page.getByRole('navigation', { name: 'Trip sections' }).getByRole('link', { name: 'Members' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(page.getByTestId('focused-member')).toContainText(member.name);
    expect(errors).toEqual([]);
  });

  test('says when nothing matches, and Esc closes it', async ({ page, app }) => {
    await openApp(page, app);
    await page.getByRole('button', { name: /Search/ }).click();
    const palette = page.getByRole('dialog', { name: 'Search' });
    await palette.getByRole('combobox').fill('zzzqqq');
    await expect(palette.getByText('Nothing matches “zzzqqq”.')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(palette).toHaveCount(0);
  });
});
