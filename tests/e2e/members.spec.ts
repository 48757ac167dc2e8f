import type { Locator, Page } from '@playwright/test';
import { collectPageErrors, expect, test, waitForAppState, type TestApp } from './fixtures';
import { openApp, openRoute, screenshot } from './helpers';
import { call, OUTGOING_TITLE } from './seed';

function tripId(app: TestApp, title: RegExp | string): string {
  const trip = call(app.core, 'trips:list', { includeArchived: true }).find((t) =>
    typeof title === 'string' ? t.title === title : title.test(t.title),
  );
  if (!trip) throw new Error(`no trip ${String(title)}`);
  return trip.id;
}

async function openMembers(page: Page, app: TestApp, id: string): Promise<void> {
  await openApp(page, app);
  await openRoute(page, app, `/trips/${id}/members`);
  await expect(page.getByRole('heading', { level: 1, name: /^(Members|Deltagare)$/ })).toBeVisible();
}

/** The member names of the table, top to bottom. */
async function shownOrder(page: Page): Promise<string[]> {
  return page.locator('tbody .member-name').allTextContents();
}

function savedOrder(app: TestApp, id: string): string[] {
  return call(app.core, 'members:list', { tripId: id }).map((m) => m.name);
}

async function settings(page: Page, choose: string[], dialogName: string): Promise<void> {
  await page.keyboard.press('Control+,');
  const dialog = page.getByRole('dialog', { name: dialogName });
  for (const option of choose) await dialog.getByLabel(option).check();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
}

/** No hover or focus ring in a screenshot meant to show the screen at rest. */
async function calm(page: Page): Promise<void> {
  await page.mouse.move(640, 30);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

const saved = (panel: Locator) => expect(panel.getByTestId('save-status')).toHaveText('Saved');

test.describe('members', () => {
  test.describe('with the demo data', () => {
    test.use({ seed: 'cli-demo' });

    test('the Jinan delegation in order of precedence; passport numbers masked until shown', async ({ page, app }) => {
      const errors = collectPageErrors(page);
      const jinan = tripId(app, /Jinan/);
      const demo = call(app.core, 'members:list', { tripId: jinan });
      // The demo has no passport numbers; give two members one (and one a warning-worthy gap).
      call(app.core, 'members:update', { id: demo[0]!.id, patch: { passportNumber: 'AB1234821' } });
      call(app.core, 'members:update', { id: demo[2]!.id, patch: { passportNumber: '98765432' } });
      call(app.core, 'members:update', { id: demo[7]!.id, patch: { phone: '', accessibilityNeeds: 'Rullstol' } });

      await openMembers(page, app, jinan);
      expect(await shownOrder(page)).toEqual(demo.map((m) => m.name));
      const first = page.getByTestId('member-row').first();
      await expect(first.getByTestId('passport-number')).toHaveText('•••• 4821');
      await expect(page.getByText('AB1234821')).toHaveCount(0);
      await expect(page.getByTestId('member-row').nth(7)).toContainText('No phone');
      await screenshot(page, 'members-demo-en');

      await first.getByRole('button', { name: `Show passport number of ${demo[0]!.name}` }).click();
      await expect(first.getByTestId('passport-number')).toHaveText('AB1234821');
      // Only that row: the other number stays masked.
      await expect(page.getByTestId('member-row').nth(2).getByTestId('passport-number')).toHaveText('•••• 5432');
      await first.getByRole('button', { name: `Hide passport number of ${demo[0]!.name}` }).click();
      await expect(first.getByTestId('passport-number')).toHaveText('•••• 4821');

      // The edit panel masks it too.
      await page.getByRole('link', { name: demo[0]!.name }).click();
      const panel = page.getByRole('dialog', { name: new RegExp(demo[0]!.name) });
      await expect(panel.getByLabel('Passport number', { exact: true })).toHaveClass(/input-masked/);
      await page.keyboard.press('Escape');
      await expect(panel).toHaveCount(0);
      // A member with a finding: the panel lists it with a way to the field that fixes it.
      await page.getByRole('link', { name: demo[7]!.name }).click();
      const panel8 = page.getByRole('dialog', { name: new RegExp(demo[7]!.name) });
      await expect(panel8).toContainText(`No phone number for ${demo[7]!.name}.`);
      await panel8.getByRole('button', { name: 'Go to Phone' }).click();
      await expect(panel8.getByLabel('Phone')).toBeFocused();
      await screenshot(page, 'members-edit-panel');
      await page.keyboard.press('Escape');
      await expect(panel8).toHaveCount(0);
      await calm(page);

      await expect(page.getByTestId('group-card')).toHaveCount(2);
      await page.locator('.app-main').evaluate((el) => el.scrollTo(0, el.scrollHeight));
      await screenshot(page, 'members-groups');

      await settings(page, ['Svenska'], 'Settings');
      await expect(page.getByRole('heading', { level: 1, name: 'Deltagare' })).toBeVisible();
      await page.locator('.app-main').evaluate((el) => el.scrollTo(0, 0));
      await calm(page);
      await screenshot(page, 'members-demo-sv');
      await settings(page, ['Mörkt'], 'Inställningar');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await calm(page);
      await screenshot(page, 'members-demo-sv-dark');
      await settings(page, ['English'], 'Inställningar');
      await calm(page);
      await screenshot(page, 'members-demo-en-dark');

      // The visiting Wuxi delegation: names in Chinese beside the Latin ones, marked as Chinese.
      await openRoute(page, app, `/trips/${tripId(app, /Wuxi/)}/members`);
      const nativeName = page.getByTestId('member-row').first().locator('.native-name');
      await expect(nativeName).toHaveText('无锡市副市长');
      await expect(nativeName).toHaveAttribute('lang', 'zh');
      await calm(page);
      await screenshot(page, 'members-wuxi-dark');
      expect(errors).toEqual([]);
    });

    test('a deep link opens the member; delete, then Undo puts them back in their place, group and programme', async ({ page, app }) => {
      const jinan = tripId(app, /Jinan/);
      const before = call(app.core, 'trips:workspace', { id: jinan });
      const filling = before.members.find((m) => m.name === 'Charlotta Filling')!;
      const attends = (w: typeof before) => w.items.filter((i) => i.participantIds.includes(filling.id)).map((i) => i.id);
      expect(attends(before).length).toBeGreaterThan(0);

      // A search hit (or a finding) links straight to the member: the panel opens on them.
      await openApp(page, app);
      await openRoute(page, app, `/trips/${jinan}/members/${filling.id}`);
      const panel = page.getByRole('dialog', { name: /Charlotta Filling/ });
      await expect(panel).toContainText('No. 3 of 9');
      await expect(page.getByTestId('focused-member')).toContainText('Charlotta Filling');
      await panel.getByRole('button', { name: 'Next' }).click();
      await expect(page.getByRole('dialog', { name: /Peter Engström/ })).toContainText('No. 4 of 9');
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);
      await expect(page).toHaveURL(new RegExp(`#/trips/${jinan}/members$`));

      await page.getByRole('button', { name: 'More actions for Charlotta Filling' }).click();
      await page.getByRole('menuitem', { name: 'Delete' }).click();
      await expect(page.getByTestId('member-row')).toHaveCount(8);
      await expect(page.getByRole('link', { name: 'Charlotta Filling' })).toHaveCount(0);
      const toast = page.getByRole('status').filter({ hasText: 'Deleted Charlotta Filling' });
      await toast.getByRole('button', { name: 'Undo' }).click();

      await expect(page.getByRole('status').filter({ hasText: 'Charlotta Filling is back in the delegation' })).toBeVisible();
      await expect(page.getByTestId('member-row')).toHaveCount(9);
      expect(await shownOrder(page)).toEqual(before.members.map((m) => m.name));
      const after = call(app.core, 'trips:workspace', { id: jinan });
      expect(after.members.map((m) => [m.id, m.precedence])).toEqual(before.members.map((m) => [m.id, m.precedence]));
      expect(after.groups.map((g) => g.memberIds)).toEqual(before.groups.map((g) => g.memberIds));
      expect(attends(after)).toEqual(attends(before));
      await expect(page.getByTestId('group-card').filter({ hasText: 'Shenyang' })).toContainText('Charlotta Filling');
    });

    test('copy members from the demo Jinan trip into a new trip', async ({ page, app }) => {
      const errors = collectPageErrors(page);
      const jinan = tripId(app, /Jinan/);
      const source = savedOrder(app, jinan);
      const fresh = call(app.core, 'trips:create', {
        title: 'Jinan 2019',
        direction: 'outgoing',
        startDate: '2019-10-26',
        endDate: '2019-11-02',
      });

      await openMembers(page, app, fresh.id);
      const empty = page.getByTestId('members-empty');
      await expect(empty.getByRole('button', { name: 'Add the first member' })).toBeVisible();
      await screenshot(page, 'members-empty');
      await empty.getByRole('button', { name: 'Copy from an earlier trip…' }).click();

      const dialog = page.getByRole('dialog', { name: 'Copy members from an earlier trip' });
      await dialog.getByRole('radio', { name: /Jinan och Shenyang/ }).check();
      await dialog.getByRole('button', { name: 'Choose members' }).click();
      await expect(dialog.getByRole('checkbox')).toHaveCount(9);
      for (const box of await dialog.getByRole('checkbox').all()) await expect(box).toBeChecked();
      // Not everyone comes again.
      await dialog.getByRole('checkbox', { name: /Handläggare, internationella enheten/ }).uncheck();
      await expect(dialog.getByText('8 of 9 chosen')).toBeVisible();
      await screenshot(page, 'members-copy-dialog');
      await dialog.getByRole('button', { name: 'Copy 8 members' }).click();

      await expect(dialog).toHaveCount(0);
      await expect(page.getByRole('status').filter({ hasText: /Copied 8 members from/ })).toBeVisible();
      await expect(page.getByTestId('member-row')).toHaveCount(8);
      expect(await shownOrder(page)).toEqual(source.slice(0, 8));
      const copied = call(app.core, 'members:list', { tripId: fresh.id });
      expect(copied.map((m) => m.name)).toEqual(source.slice(0, 8));
      expect(copied[0]).toMatchObject({ phone: '021-39 12 62', organisation: 'Västerås stad', role: 'head' });
      expect(errors).toEqual([]);
    });
  });

  test('add members: the e-mail is checked as you type, and Add another keeps going', async ({ page, app }) => {
    const errors = collectPageErrors(page);
    const id = tripId(app, OUTGOING_TITLE);
    await openMembers(page, app, id);
    await page.getByRole('button', { name: 'Add member' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toHaveAccessibleName('Add member');
    const name = dialog.getByRole('textbox', { name: 'Name', exact: true });
    await expect(name).toBeFocused();
    await name.fill('Karin Ödman');
    await expect(dialog.getByLabel('Organisation')).toHaveValue('Västerås stad');
    await dialog.getByLabel('E-mail').fill('karin.odman@');
    await expect(dialog.getByText('Not a valid e-mail address')).toBeVisible();
    await expect(dialog.getByLabel('E-mail')).toHaveAttribute('aria-invalid', 'true');
    await screenshot(page, 'members-add-invalid');
    await dialog.getByLabel('E-mail').fill('karin.odman@vasteras.se');
    await expect(dialog.getByText('Not a valid e-mail address')).toHaveCount(0);
    await dialog.getByLabel('Role in the delegation').selectOption({ label: 'Press' });
    await dialog.getByRole('button', { name: 'Add member' }).click();

    await expect(dialog.getByRole('status')).toContainText('Karin Ödman was added as number 6.');
    await expect(dialog).toHaveAccessibleName('Add another member');
    const another = dialog.getByRole('button', { name: 'Add another' });
    await expect(another).toBeFocused();
    await screenshot(page, 'members-added');
    await page.keyboard.press('Enter');

    await expect(name).toBeFocused();
    await expect(name).toHaveValue('');
    await name.fill('Zhou Ming');
    await dialog.getByLabel('Name in own script').fill('周明');
    await page.keyboard.press('Enter');
    await expect(dialog.getByRole('status')).toContainText('Zhou Ming was added as number 7.');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(dialog).toHaveCount(0);

    await expect(page.getByTestId('member-row')).toHaveCount(7);
    const zhou = page.getByTestId('member-row').nth(6);
    await expect(zhou.locator('.native-name')).toHaveText('周明');
    await expect(zhou.locator('.native-name')).toHaveAttribute('lang', 'zh');
    const members = call(app.core, 'members:list', { tripId: id });
    expect(members.slice(5).map((m) => [m.name, m.email, m.role, m.organisation])).toEqual([
      ['Karin Ödman', 'karin.odman@vasteras.se', 'press', 'Västerås stad'],
      ['Zhou Ming', '', 'member', 'Västerås stad'],
    ]);
    expect(errors).toEqual([]);
  });

  test('edits are saved as you type and survive a reload; the order changes by keyboard and by dragging', async ({ page, app }) => {
    const errors = collectPageErrors(page);
    const id = tripId(app, OUTGOING_TITLE);
    await openMembers(page, app, id);

    await page.getByRole('link', { name: 'Elin Sjöö' }).click();
    const panel = page.getByRole('dialog', { name: /Elin Sjöö/ });
    await panel.getByLabel('Title').fill('Kommunalråd');
    await panel.getByLabel('Phone').fill('+46 70 123 45 67');
    await saved(panel);
    await panel.getByLabel('E-mail').fill('elin@');
    // Exact: the save status repeats the reason ("Not saved: …") once the autosave has run.
    await expect(panel.getByText('Not a valid e-mail address', { exact: true })).toBeVisible();
    await expect(panel.getByTestId('save-status')).toHaveText('Not saved: Not a valid e-mail address');
    await panel.getByLabel('E-mail').fill('elin.sjoo@vasteras.se');
    // An impossible date is refused where it is typed, not saved as "no date".
    await panel.getByLabel('Passport valid until').click();
    await page.keyboard.type('31/2/2027');
    await page.keyboard.press('Enter');
    // Anchored: the save status repeats it after "Not saved: " once the autosave has run.
    const dateProblem = panel.getByText(/^(There is no such date|Enter a date)/);
    await expect(dateProblem).toBeVisible();
    await expect(panel.getByTestId('save-status')).toContainText('Not saved');
    await panel.getByLabel('Passport valid until').fill('2027-03-31');
    await panel.getByLabel('Passport valid until').blur(); // dates are read on Enter or when the field is left
    await expect(dateProblem).toHaveCount(0);
    await panel.getByLabel('Passport number', { exact: true }).fill('SE9981234');
    await panel.getByLabel('Dietary needs').fill('Glutenfri');
    await saved(panel);
    await panel.getByLabel('Dietary needs').scrollIntoViewIfNeeded();
    await screenshot(page, 'members-edit-panel-documents');
    await panel.getByRole('button', { name: 'Done' }).click();
    await expect(panel).toHaveCount(0);

    await page.reload();
    await waitForAppState(page, 'loaded');
    const row = page.getByTestId('member-row').filter({ hasText: 'Elin Sjöö' });
    await expect(row).toContainText('Kommunalråd');
    await expect(row.getByTestId('passport-number')).toHaveText('•••• 1234');
    await row.getByRole('link', { name: 'Elin Sjöö' }).click();
    await expect(panel.getByLabel('Phone')).toHaveValue('+46 70 123 45 67');
    await expect(panel.getByLabel('E-mail')).toHaveValue('elin.sjoo@vasteras.se');
    await expect(panel.getByLabel('Passport valid until')).toHaveValue('31 Mar 2027');
    await page.keyboard.press('Escape');
    expect(call(app.core, 'members:list', { tripId: id }).find((m) => m.name === 'Elin Sjöö')).toMatchObject({
      title: 'Kommunalråd',
      passportNumber: 'SE9981234',
      passportExpiry: '2027-03-31',
      dietaryNeeds: 'Glutenfri',
    });

    // Keyboard: the Move up button keeps focus, so Enter twice moves Elin two places.
    const start = ['Anna Östlund', 'Björn Åkerlund', 'Elin Sjöö', 'Lars Ärlebrant', 'Wang Fang'];
    expect(await shownOrder(page)).toEqual(start);
    const up = page.getByRole('button', { name: 'Move Elin Sjöö up' });
    await up.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('order-announcement')).toHaveText('Elin Sjöö is now number 2 of 5.');
    await expect(up).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('order-announcement')).toHaveText('Elin Sjöö is now number 1 of 5.');
    await expect(up).toBeDisabled();
    const byKeyboard = ['Elin Sjöö', 'Anna Östlund', 'Björn Åkerlund', 'Lars Ärlebrant', 'Wang Fang'];
    expect(await shownOrder(page)).toEqual(byKeyboard);
    await expect.poll(() => savedOrder(app, id)).toEqual(byKeyboard);

    // Pointer: drag Wang Fang by the grip above Björn Åkerlund.
    const grip = page.getByRole('button', { name: 'Reorder Wang Fang' });
    const target = page.getByTestId('member-row').filter({ hasText: 'Björn Åkerlund' });
    const from = (await grip.boundingBox())!;
    const to = (await target.boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2, to.y + 8, { steps: 8 });
    await expect(target).toHaveClass(/drop-before/);
    await screenshot(page, 'members-dragging');
    await page.mouse.up();
    const dragged = ['Elin Sjöö', 'Anna Östlund', 'Wang Fang', 'Björn Åkerlund', 'Lars Ärlebrant'];
    await expect.poll(() => shownOrder(page)).toEqual(dragged);
    await expect.poll(() => savedOrder(app, id)).toEqual(dragged);
    await expect(page.getByTestId('member-row').nth(2).getByTestId('precedence')).toHaveText('3');
    expect(errors).toEqual([]);
  });

  test('a sub-group of three: created with checkboxes, edited, deleted and brought back', async ({ page, app }) => {
    const id = tripId(app, OUTGOING_TITLE);
    await openMembers(page, app, id);
    await expect(page.getByText('No sub-groups yet.')).toBeVisible();
    await page.getByRole('button', { name: 'New sub-group' }).click();
    const dialog = page.getByRole('dialog', { name: 'New sub-group' });
    await dialog.getByRole('button', { name: 'Create sub-group' }).click();
    await expect(dialog.getByText('Required')).toBeVisible();
    await dialog.getByLabel('Name of the group').fill('Shenyang group');
    for (const name of ['Anna Östlund', 'Elin Sjöö', 'Wang Fang']) await dialog.getByRole('checkbox', { name }).check();
    await expect(dialog.getByText('3 of 5 chosen')).toBeVisible();
    await screenshot(page, 'members-group-create');
    await dialog.getByRole('button', { name: 'Create sub-group' }).click();
    await expect(dialog).toHaveCount(0);

    const card = page.getByTestId('group-card').filter({ hasText: 'Shenyang group' });
    await expect(card).toContainText('3 of 5 members');
    await expect(card.getByRole('list', { name: 'Members of Shenyang group' }).getByRole('listitem')).toHaveText([
      'Anna Östlund',
      'Elin Sjöö',
      'Wang Fang',
    ]);
    const [group] = call(app.core, 'groups:list', { tripId: id });
    const names = (ids: string[]) => {
      const members = call(app.core, 'members:list', { tripId: id });
      return ids.map((memberId) => members.find((m) => m.id === memberId)!.name);
    };
    expect(group!.name).toBe('Shenyang group');
    expect(names(group!.memberIds)).toEqual(['Anna Östlund', 'Elin Sjöö', 'Wang Fang']);

    // Rename and change members: saved as you go.
    await card.getByRole('button', { name: 'Edit Shenyang group' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit sub-group' });
    await edit.getByLabel('Name of the group').fill('Shenyang-gruppen');
    await edit.getByRole('checkbox', { name: 'Elin Sjöö' }).uncheck();
    await edit.getByRole('checkbox', { name: 'Björn Åkerlund' }).check();
    await saved(edit);
    await edit.getByRole('button', { name: 'Done' }).click();
    const renamed = page.getByTestId('group-card').filter({ hasText: 'Shenyang-gruppen' });
    await expect(renamed.getByRole('listitem')).toHaveText(['Anna Östlund', 'Björn Åkerlund', 'Wang Fang']);
    await renamed.scrollIntoViewIfNeeded();
    await screenshot(page, 'members-groups-sample');

    await renamed.getByRole('button', { name: 'Delete Shenyang-gruppen' }).click();
    await expect(page.getByTestId('group-card')).toHaveCount(0);
    await page.getByRole('status').filter({ hasText: 'Deleted the sub-group “Shenyang-gruppen”' }).getByRole('button', { name: 'Undo' }).click();
    await expect(renamed.getByRole('listitem')).toHaveText(['Anna Östlund', 'Björn Åkerlund', 'Wang Fang']);
    expect(call(app.core, 'groups:list', { tripId: id })[0]!.id).toBe(group!.id);
  });
});
