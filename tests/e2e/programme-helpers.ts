// The programme specs' trip, members and locators.
import type { Locator, Page } from '@playwright/test';
import type { Core } from '../../core/index';
import { expect } from './fixtures';
import { openApp, openRoute } from './helpers';
import { call } from './seed';

const MEMBERS = [
  'Anna Östlund',
  'Björn Åkerlund',
  'Elin Sjöö',
  'Lars Ärlebrant',
  'Karin Öberg',
  'Mats Lindqvist',
  'Sara Nyström',
  'Johan Ek',
  'Wang Fang',
] as const;

/** A fresh trip to Jinan with nine members and a three-member Shenyang group, no programme yet. */
export function seedFreshTrip(core: Core) {
  const trip = call(core, 'trips:create', {
    title: 'Jinan 2017',
    direction: 'outgoing',
    destinations: [
      { city: 'Jinan', nativeName: '济南', country: 'CN', timeZone: 'Asia/Shanghai' },
      { city: 'Shenyang', nativeName: '沈阳', country: 'CN', timeZone: 'Asia/Shanghai' },
    ],
    startDate: '2017-10-28',
    endDate: '2017-11-04',
    homeTimeZone: 'Europe/Stockholm',
  });
  const members = MEMBERS.map((name) => call(core, 'members:create', { tripId: trip.id, name }));
  call(core, 'groups:create', { tripId: trip.id, name: 'Shenyang group', memberIds: members.slice(0, 3).map((m) => m.id) });
  return { trip, members };
}

export async function openProgramme(page: Page, app: { url: string; origin: string }, tripId: string): Promise<void> {
  await openApp(page, app as never);
  await openRoute(page, app as never, `/trips/${tripId}/programme`);
  await expect(page.getByRole('heading', { level: 1, name: 'Programme' })).toBeVisible();
}

/** The card (or cards: a hotel has a check-in and a check-out row) whose title is `title`. */
export const card = (page: Page, title: string) =>
  page.getByTestId('programme-item').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
/** Date-time inputs by their exact label (their zone pickers are "<label> – time zone"). */
export const dateTime = (scope: Locator, name: string) => scope.getByRole('textbox', { name, exact: true });
