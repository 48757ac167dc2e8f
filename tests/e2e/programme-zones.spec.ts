import type { Locator, Page } from '@playwright/test';
import type { Core } from '../../core/index';
import { collectPageErrors, expect, test } from './fixtures';
import { openApp, openRoute, screenshot } from './helpers';
import { call } from './seed';

/** Issue 18: the zones of a new flight follow the places it names, never the user's choice. */

function seedTrip(core: Core, direction: 'outgoing' | 'incoming') {
  return direction === 'incoming'
    ? call(core, 'trips:create', {
        title: 'Wuxi delegation in Södertälje',
        direction: 'incoming',
        destinations: [{ city: 'Södertälje', country: 'SE', timeZone: 'Europe/Stockholm' }],
        startDate: '2017-11-04',
        endDate: '2017-11-08',
        homeTimeZone: 'Europe/Stockholm',
      })
    : call(core, 'trips:create', {
        title: 'Jinan 2017',
        direction: 'outgoing',
        destinations: [{ city: 'Jinan', nativeName: '济南', country: 'CN', timeZone: 'Asia/Shanghai' }],
        startDate: '2017-10-28',
        endDate: '2017-11-04',
        homeTimeZone: 'Europe/Stockholm',
      });
}

async function newFlight(page: Page, app: { url: string; origin: string }, tripId: string): Promise<Locator> {
  await openApp(page, app as never);
  await openRoute(page, app as never, `/trips/${tripId}/programme`);
  await page.getByRole('button', { name: 'Add the first item' }).click();
  const dialog = page.getByRole('dialog', { name: 'New item' });
  await dialog.getByRole('radio', { name: 'Flight' }).check();
  await dialog.getByLabel('Title').fill('Shanghai – Stockholm');
  return dialog;
}

/** Pick a zone the way people do: type part of its name, Enter. */
async function pickZone(page: Page, picker: Locator, search: string, zone: string): Promise<void> {
  await picker.click();
  await picker.fill(search);
  await expect(page.getByRole('option', { name: new RegExp(`^${zone.split('/').pop()!} `) }).first()).toBeVisible();
  await picker.press('Enter');
  await expect(picker).toHaveValue(new RegExp(`^${zone}`));
}

const zoneOf = (dialog: Locator, label: 'Departure' | 'Arrival') => dialog.getByRole('combobox', { name: `${label} – time zone` });
const dateTime = (dialog: Locator, name: string) => dialog.getByRole('textbox', { name, exact: true });
const autoNote = (dialog: Locator, label: string) => dialog.getByRole('status', { name: `${label}: time zone changed automatically` });
const placeNote = (dialog: Locator, label: string) => dialog.getByRole('status', { name: `${label}: time zone of the place` });

test.describe('zones of a new flight', () => {
  test('Shanghai → Stockholm Arlanda: the arrival stays in Stockholm time', async ({ page, app }) => {
    const errors = collectPageErrors(page);
    const trip = seedTrip(app.core, 'incoming');
    const dialog = await newFlight(page, app, trip.id);
    await expect(zoneOf(dialog, 'Arrival')).toHaveValue(/^Europe\/Stockholm/);

    await pickZone(page, zoneOf(dialog, 'Departure'), 'shangh', 'Asia/Shanghai');
    await dateTime(dialog, 'Departure').fill('2017-11-04T00:40');
    await dateTime(dialog, 'Arrival').fill('2017-11-04T07:40');
    await dialog.getByLabel('From', { exact: true }).fill('Shanghai Pudong (PVG)');
    await dialog.getByLabel('To', { exact: true }).pressSequentially('Stockholm Arlanda (ARN)');

    await expect(zoneOf(dialog, 'Arrival')).toHaveValue('Europe/Stockholm (UTC+1)');
    await expect(zoneOf(dialog, 'Departure')).toHaveValue('Asia/Shanghai (UTC+8)');
    // Nothing was changed behind the user's back, so nothing needs undoing.
    await expect(autoNote(dialog, 'Arrival')).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Add item' }).click();
    await expect(dialog).toHaveCount(0);
    expect(call(app.core, 'items:list', { tripId: trip.id })[0]).toMatchObject({
      startLocal: '2017-11-04T00:40',
      startZone: 'Asia/Shanghai',
      endLocal: '2017-11-04T07:40',
      endZone: 'Europe/Stockholm',
    });
    expect(errors).toEqual([]);
  });

  test('an automatic change is shown beside the field with Undo; a zone the user chose is never overwritten', async ({ page, app }) => {
    const errors = collectPageErrors(page);
    const trip = seedTrip(app.core, 'outgoing');
    const dialog = await newFlight(page, app, trip.id);
    // The first flight of a trip abroad leaves from home: said beside the departure, undoable.
    await expect(zoneOf(dialog, 'Departure')).toHaveValue(/^Europe\/Stockholm/);
    await expect(autoNote(dialog, 'Departure')).toContainText('Time zone set to Europe/Stockholm');
    await pickZone(page, zoneOf(dialog, 'Departure'), 'shangh', 'Asia/Shanghai');
    await expect(autoNote(dialog, 'Departure')).toHaveCount(0);
    await dateTime(dialog, 'Departure').fill('2017-11-04T00:40');
    await expect(zoneOf(dialog, 'Arrival')).toHaveValue(/^Asia\/Shanghai/);

    await dialog.getByLabel('To', { exact: true }).pressSequentially('Stockholm Arlanda (ARN)');
    await expect(zoneOf(dialog, 'Arrival')).toHaveValue('Europe/Stockholm (UTC+1)');
    const note = autoNote(dialog, 'Arrival');
    await expect(note).toHaveText(/Time zone set to Europe\/Stockholm \(UTC\+1\) for Stockholm Arlanda \(ARN\) \(was Asia\/Shanghai \(UTC\+8\)\)/);
    await screenshot(page, 'programme-zone-notice');

    // Undo puts back the zone from before; the place's zone stays on offer.
    await note.getByRole('button', { name: 'Undo' }).click();
    await expect(zoneOf(dialog, 'Arrival')).toHaveValue('Asia/Shanghai (UTC+8)');
    await expect(note).toHaveCount(0);
    const offer = placeNote(dialog, 'Arrival');
    await expect(offer).toHaveText(/Stockholm Arlanda \(ARN\) is in Europe\/Stockholm/);
    await screenshot(page, 'programme-zone-offer');

    // A zone picked by hand stays, whatever place is typed after.
    await pickZone(page, zoneOf(dialog, 'Arrival'), 'helsin', 'Europe/Helsinki');
    await dialog.getByLabel('To', { exact: true }).fill('Copenhagen Kastrup (CPH)');
    await expect(offer).toHaveText(/Copenhagen Kastrup \(CPH\) is in Europe\/Copenhagen/);
    await expect(zoneOf(dialog, 'Arrival')).toHaveValue(/^Europe\/Helsinki/);
    await expect(autoNote(dialog, 'Arrival')).toHaveCount(0);
    // …until the user takes the offer.
    await offer.getByRole('button', { name: 'Use this time zone' }).click();
    await expect(zoneOf(dialog, 'Arrival')).toHaveValue(/^Europe\/Copenhagen/);
    await expect(offer).toHaveCount(0);
    await dateTime(dialog, 'Arrival').fill('2017-11-04T07:40');
    await dialog.getByRole('button', { name: 'Add item' }).click();
    await expect(dialog).toHaveCount(0);
    expect(call(app.core, 'items:list', { tripId: trip.id })[0]).toMatchObject({ startZone: 'Asia/Shanghai', endZone: 'Europe/Copenhagen' });
    expect(errors).toEqual([]);
  });
});
