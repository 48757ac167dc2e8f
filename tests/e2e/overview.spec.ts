import type { Locator, Page } from '@playwright/test';
import { collectPageErrors, expect, test, type TestApp } from './fixtures';
import { openApp, openRoute, screenshot } from './helpers';
import { call } from './seed';

/** The demo trip to Jinan (what `npm run cli -- demo` creates). */
function jinanTrip(app: TestApp) {
  const trip = call(app.core, 'trips:list', {}).find((t) => t.title.includes('Jinan'));
  if (!trip) throw new Error('no demo Jinan trip');
  return trip;
}

/** Language and theme before the app starts (what Settings would have stored). */
async function useSettings(page: Page, language: 'sv' | 'en', theme: 'light' | 'dark'): Promise<void> {
  await page.addInitScript(
    ([language, theme]) =>
      localStorage.setItem(
        'delegation-planner.settings',
        JSON.stringify({ state: { language, theme, showHomeTimeByDefault: true }, version: 1 }),
      ),
    [language, theme] as const,
  );
}

/** The visible texts of one day's column of the presence matrix, row by row. */
async function column(matrix: Locator, date: string): Promise<string[]> {
  const index = await matrix
    .locator('thead th')
    .evaluateAll((cells, d) => cells.findIndex((th) => th.querySelector('time')?.getAttribute('datetime') === d), date);
  expect(index, `column for ${date}`).toBeGreaterThan(0);
  return matrix.locator(`tbody tr > :nth-child(${index + 1})`).evaluateAll((cells) =>
    // The visible text: what is hidden for screen readers only (" to ") left out.
    cells.map((cell) => {
      const copy = cell.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
      return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
    }),
  );
}

test.describe('overview', () => {
  test.use({ seed: 'cli-demo' });

  test('the demo Jinan trip: its facts, and the presence matrix shows who went on to Shenyang', async ({ page, app }) => {
    const errors = collectPageErrors(page);
    const trip = jinanTrip(app);
    await openApp(page, app);
    await openRoute(page, app, `/trips/${trip.id}/overview`);
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();

    const facts = page.getByRole('region', { name: 'About the trip' });
    await expect(facts.getByTestId('overview-head')).toContainText('Anders Teljebäck');
    await expect(facts).toContainText('8 days');
    await expect(facts).toContainText('济南');
    await expect(facts).toContainText('ICLD');
    const stats = page.getByRole('list', { name: 'The trip in numbers' });
    await expect(stats.getByRole('link', { name: /^9 Members/ })).toBeVisible();
    await expect(stats.getByTestId('stat-checks')).toContainText('All clear');

    const matrix = page.getByRole('table', { name: 'Who is where, day by day' });
    await expect(matrix.getByRole('rowheader')).toHaveCount(9);
    await expect(matrix.getByRole('columnheader')).toHaveCount(9); // "Member" + 8 days
    await expect(matrix.getByRole('columnheader', { name: 'Fri 3 Nov' })).toBeVisible();

    // 2 November: three fly on to Shenyang, six fly home; 3 November: three in Shenyang.
    const travelDay = await column(matrix, '2017-11-02');
    expect(travelDay.filter((text) => text === 'Jinan→Shenyang' || text === 'Jinan → Shenyang')).toHaveLength(3);
    expect(travelDay.filter((text) => text.startsWith('Jinan') && text.endsWith('Home'))).toHaveLength(6);
    const shenyangDay = await column(matrix, '2017-11-03');
    expect(shenyangDay.filter((text) => text === 'Shenyang')).toHaveLength(3);
    expect(shenyangDay.filter((text) => text === 'Home')).toHaveLength(6);
    // Who they are: the row headers of the Shenyang cells.
    const inShenyang = matrix.getByRole('row').filter({ has: page.getByRole('cell', { name: 'Shenyang', exact: true }) });
    await expect(inShenyang.getByRole('rowheader')).toHaveText([/Anders Teljebäck/, /Charlotta Filling/, /Ledamot, styrgruppen/]);
    // A travel day reads "Jinan to Shenyang" to a screen reader.
    await expect(inShenyang.first().getByRole('cell', { name: 'Jinan to Shenyang' })).toBeVisible();
    expect(await column(matrix, '2017-10-30')).toEqual(Array(9).fill('Jinan'));
    await expect(page.getByRole('list', { name: 'Legend' })).toContainText('Shenyang 沈阳');

    await screenshot(page, 'overview-en-light');
    await facts.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await screenshot(page, 'overview-facts-en-light');
    expect(errors).toEqual([]);
  });

  test('a member with the flights out but no way home: the matrix marks her nights without a stay, the checks name her', async ({ page, app }) => {
    // Issue 11. A new member attends everything planned for the whole delegation (the flights out,
    // the Jinan hotel to 2 November) but neither group's flight home: nothing houses her on the
    // nights of 2 and 3 November, and no journey home ends her trip before the 4th.
    const errors = collectPageErrors(page);
    const trip = jinanTrip(app);
    const member = call(app.core, 'members:create', { tripId: trip.id, name: 'Åsa Öberg', passportExpiry: '2030-01-01', visaStatus: 'granted', phone: '+46 70 111 22 33' });
    await openApp(page, app);
    await openRoute(page, app, `/trips/${trip.id}/overview`);
    const matrix = page.getByRole('table', { name: 'Who is where, day by day' });
    const marked = matrix.locator('td[data-without-stay]');
    await expect(marked).toHaveCount(2);
    const row = matrix.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Åsa Öberg/ }) });
    await expect(row.locator('td[data-without-stay]')).toHaveCount(2);
    await expect(row.getByRole('cell').nth(5)).toHaveAttribute('title', /Thu 2 Nov: Jinan \(no accommodation this night\)/);
    await expect(page.getByRole('list', { name: 'Legend' })).toContainText('Night without accommodation');
    await row.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await screenshot(page, 'overview-night-without-stay-en-light');

    // The Checks screen names the same member and nights, and says the journey home is missing.
    await openRoute(page, app, `/trips/${trip.id}/checks`);
    const findings = page.getByTestId('finding');
    await expect(findings.filter({ hasText: 'Åsa Öberg has no accommodation for 2 nights, Thu 2 Nov – Sat 4 Nov.' })).toHaveCount(1);
    await expect(findings.filter({ hasText: 'Åsa Öberg has no journey home in the programme yet' })).toHaveAttribute('data-kind', 'return-journey-missing');
    await screenshot(page, 'checks-night-without-stay-en-light');

    // A hotel in Shenyang for her for those nights: the marks and the night finding go together.
    call(app.core, 'items:create', {
      tripId: trip.id,
      kind: 'accommodation',
      title: 'Hotell i Shenyang',
      startLocal: '2017-11-02T14:00',
      startZone: 'Asia/Shanghai',
      endLocal: '2017-11-04T06:00',
      location: { venue: 'Hotell', address: 'Shenyang 1', city: 'Shenyang' },
      allMembers: false,
      participantIds: [member.id],
    });
    await page.reload();
    await expect(page.locator('[data-testid="finding"][data-kind="night-without-accommodation"]')).toHaveCount(0);
    await openRoute(page, app, `/trips/${trip.id}/overview`);
    await expect(matrix.locator('td[data-without-stay]')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('editing the purpose and the notes on the overview is saved and survives a reload', async ({ page, app }) => {
    const trip = jinanTrip(app);
    await openApp(page, app);
    await openRoute(page, app, `/trips/${trip.id}/overview`);

    await page.getByRole('button', { name: 'Edit details' }).click();
    const dialog = page.getByRole('dialog', { name: 'Trip details' });
    const purpose = dialog.getByLabel('Purpose', { exact: true });
    await purpose.fill('Sign the partnership agreement in Shenyang; review the letter of intent (意向书).');
    await expect(dialog.getByTestId('save-status')).toHaveText('Saved');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByTestId('overview-purpose')).toHaveText(
      'Sign the partnership agreement in Shenyang; review the letter of intent (意向书).',
    );

    const notes = page.getByRole('region', { name: 'Notes for organisers' });
    const field = notes.getByRole('textbox', { name: 'Notes' });
    await field.fill('Gifts: glass art from Västerås, packed in hand luggage.');
    await expect(notes.getByTestId('save-status')).toHaveText('Saved');

    await page.reload();
    await expect(page.getByTestId('overview-purpose')).toHaveText(
      'Sign the partnership agreement in Shenyang; review the letter of intent (意向书).',
    );
    await expect(page.getByRole('region', { name: 'Notes for organisers' }).getByRole('textbox', { name: 'Notes' })).toHaveValue(
      'Gifts: glass art from Västerås, packed in hand luggage.',
    );
    const saved = call(app.core, 'trips:get', { id: trip.id });
    expect(saved.purpose).toBe('Sign the partnership agreement in Shenyang; review the letter of intent (意向书).');
    expect(saved.notes).toBe('Gifts: glass art from Västerås, packed in hand luggage.');
  });

  test('in Swedish and the dark theme (screenshots)', async ({ page, app }) => {
    const errors = collectPageErrors(page);
    await useSettings(page, 'sv', 'dark');
    const trip = jinanTrip(app);
    await openApp(page, app);
    await openRoute(page, app, `/trips/${trip.id}/overview`);
    await expect(page.getByRole('heading', { level: 1, name: 'Översikt' })).toBeVisible();
    const matrix = page.getByRole('table', { name: 'Var är vem, dag för dag' });
    expect((await column(matrix, '2017-11-03')).filter((text) => text === 'Shenyang')).toHaveLength(3);
    await expect(matrix.getByRole('columnheader', { name: 'fre 3 nov' })).toBeVisible();
    await screenshot(page, 'overview-sv-dark');
    await matrix.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await screenshot(page, 'overview-matrix-sv-dark');

    // The incoming Wuxi trip: hosts at home in Södertälje, visitors arrive and leave.
    const wuxi = call(app.core, 'trips:list', {}).find((t) => t.direction === 'incoming')!;
    await openRoute(page, app, `/trips/${wuxi.id}/overview`);
    const wuxiMatrix = page.getByRole('table', { name: 'Var är vem, dag för dag' });
    expect(await column(wuxiMatrix, '2016-05-24')).toEqual(Array(8).fill('Södertälje'));
    await screenshot(page, 'overview-wuxi-sv-dark');
    expect(errors).toEqual([]);
  });

  test('in Swedish, light, and in English, dark (screenshots)', async ({ page, app }) => {
    const trip = jinanTrip(app);
    await useSettings(page, 'sv', 'light');
    await openApp(page, app);
    await openRoute(page, app, `/trips/${trip.id}/overview`);
    await expect(page.getByRole('heading', { level: 1, name: 'Översikt' })).toBeVisible();
    await screenshot(page, 'overview-sv-light');

    await page.getByRole('button', { name: 'Inställningar' }).click();
    const settings = page.getByRole('dialog', { name: 'Inställningar' });
    await settings.getByLabel('Mörkt').check();
    await settings.getByLabel('English').check();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    await page.getByRole('table', { name: 'Who is where, day by day' }).evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await screenshot(page, 'overview-matrix-en-dark');
  });
});
