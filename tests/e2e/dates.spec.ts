import type { Page } from '@playwright/test';
import { collectPageErrors, expect, test, waitForAppState, type TestApp } from './fixtures';
import { openApp, openRoute, screenshot } from './helpers';
import { call } from './seed';
import type { Core } from '../../core/index';

/**
 * Date and time fields follow the app's language, not the browser's: the same typed forms are
 * accepted and shown the same way in a browser set to American English and one set to Swedish,
 * with the app in either language. Values are checked where they are stored and after a reload.
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const UI = {
  sv: {
    edit: (title: string) => `Redigera ”${title}”`,
    editor: 'Redigera programpunkt',
    starts: 'Börjar',
    startTime: 'Börjar – klockslag',
    saved: 'Sparat',
    notSaved: /Inte sparat/,
    openCalendar: 'Öppna kalendern',
    calendar: 'Kalender',
    previousMonth: 'Föregående månad',
    nextMonth: 'Nästa månad',
    noSuchDate: 'Det datumet finns inte: ”31/2”.',
    tripStart: 'fredag 8 maj 2026',
    unreadableTime: /”kvart i tre” kan inte läsas som ett klockslag/,
    shown: (iso: string) => iso,
  },
  en: {
    edit: (title: string) => `Edit “${title}”`,
    editor: 'Edit item',
    starts: 'Starts',
    startTime: 'Starts – time',
    saved: 'Saved',
    notSaved: /Not saved/,
    openCalendar: 'Open the calendar',
    calendar: 'Calendar',
    previousMonth: 'Previous month',
    nextMonth: 'Next month',
    noSuchDate: 'There is no such date: “31/2”.',
    tripStart: 'Friday 8 May 2026',
    unreadableTime: /“kvart i tre” is not a time we can read/,
    shown: (iso: string) => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`,
  },
} as const;

/** What officials type, each landing on another day of the trip (so every one is a new save). */
const DATES: readonly [typed: string, stored: string][] = [
  ['2026-05-10', '2026-05-10'],
  ['11/5', '2026-05-11'],
  ['12 maj', '2026-05-12'],
  ['1305', '2026-05-13'],
  ['14.05', '2026-05-14'],
  ['15 May', '2026-05-15'],
];
const TIMES: readonly [typed: string, stored: string][] = [
  ['1005', '10:05'],
  ['14.30', '14:30'],
  ['9:15', '09:15'],
  ['10:05', '10:05'],
  ['kl 21.30', '21:30'],
];

function seed(core: Core) {
  const trip = call(core, 'trips:create', {
    title: 'Jinan 2026',
    direction: 'outgoing',
    destinations: [{ city: 'Jinan', nativeName: '济南', country: 'CN', timeZone: 'Asia/Shanghai' }],
    startDate: '2026-05-08',
    endDate: '2026-05-16',
    homeTimeZone: 'Europe/Stockholm',
  });
  const item = call(core, 'items:create', {
    tripId: trip.id,
    kind: 'meeting',
    title: 'Mayor meeting',
    startLocal: '2026-05-09T09:00',
    startZone: 'Asia/Shanghai',
  });
  return { trip, item };
}

async function openEditor(page: Page, ui: (typeof UI)['sv' | 'en']) {
  await page.getByRole('button', { name: ui.edit('Mayor meeting') }).click();
  return page.getByRole('dialog', { name: ui.editor });
}

/** The app in `language` (chosen in Settings earlier), on the programme, the item's editor open. */
async function openItemEditor(page: Page, app: TestApp, language: 'sv' | 'en') {
  const { trip, item } = seed(app.core);
  await page.addInitScript((lang) => {
    localStorage.setItem('delegation-planner.settings', JSON.stringify({ state: { language: lang }, version: 1 }));
  }, language);
  await openApp(page, app);
  await openRoute(page, app, `/trips/${trip.id}/programme`);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  const editor = await openEditor(page, UI[language]);
  return { editor, stored: () => call(app.core, 'items:get', { id: item.id }).startLocal };
}

for (const locale of ['en-US', 'sv-SE']) {
  test.describe(`dates in a browser set to ${locale}`, () => {
    test.use({ locale });

    for (const language of ['sv', 'en'] as const) {
      const appIn = language === 'sv' ? 'the app in Swedish' : 'the app in English';

      test(`${appIn}: every typed form is read, shown in the app's format and stored`, async ({ page, app }) => {
        // Eleven autosaves, each waited for in the database: more time on a loaded 2-core machine.
        test.slow();
        const errors = collectPageErrors(page);
        const ui = UI[language];
        const { editor, stored } = await openItemEditor(page, app, language);
        const date = editor.getByRole('textbox', { name: ui.starts, exact: true });
        const time = editor.getByRole('textbox', { name: ui.startTime, exact: true });
        // Shown in the app's format from the start, never the browser's 05/09/2026 or 9:00 AM.
        await expect(date).toHaveValue(ui.shown('2026-05-09'));
        await expect(time).toHaveValue('09:00');

        for (const [typed, iso] of DATES) {
          await date.fill(typed);
          await date.press('Tab');
          await expect(date).toHaveValue(ui.shown(iso));
          await expect.poll(stored).toBe(`${iso}T09:00`);
        }
        for (const [typed, hhmm] of TIMES) {
          await time.fill(typed);
          await time.press('Enter');
          await expect(time).toHaveValue(hhmm);
          await expect.poll(stored).toBe(`2026-05-15T${hhmm}`);
        }
        expect(errors).toEqual([]);
      });

      test(`${appIn}: unreadable text stays with a message; the calendar by keyboard; a reload`, async ({ page, app }) => {
        const errors = collectPageErrors(page);
        const ui = UI[language];
        const { editor: opened, stored } = await openItemEditor(page, app, language);
        let editor = opened;
        const date = editor.getByRole('textbox', { name: ui.starts, exact: true });
        const time = editor.getByRole('textbox', { name: ui.startTime, exact: true });
        await time.fill('21:30');
        await time.press('Tab');
        await expect.poll(stored).toBe('2026-05-09T21:30');

        // Unreadable text stays, with a message in the app's language; nothing is saved.
        await date.fill('31/2');
        await date.press('Tab');
        await expect(editor.getByText(ui.noSuchDate)).toBeVisible();
        await expect(date).toHaveValue('31/2');
        await expect(date).toHaveAttribute('aria-invalid', 'true');
        await expect(editor.getByTestId('save-status')).toHaveText(ui.notSaved);
        await time.fill('kvart i tre');
        await time.press('Tab');
        await expect(editor.getByText(ui.unreadableTime)).toBeVisible();
        await expect(time).toHaveValue('kvart i tre');
        expect(stored()).toBe('2026-05-09T21:30');
        await time.fill('14:45');
        await time.press('Tab');

        // The calendar: it opens on the trip's first day (the field holds no date), arrows move a
        // day or a week, PageDown/PageUp a month, Enter picks, and the field gets the focus back.
        // The button right after the field (each date field has one, described by the field's label).
        await date.locator('..').getByRole('button', { name: ui.openCalendar }).click();
        const calendar = page.getByRole('dialog', { name: ui.calendar });
        await expect(calendar).toBeVisible();
        await expect(calendar.getByRole('grid')).toBeVisible();
        await expect(calendar.getByRole('button', { name: ui.tripStart, exact: true })).toBeFocused();
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('PageDown');
        await expect(calendar.getByRole('heading')).toHaveText(language === 'sv' ? 'juni 2026' : 'June 2026');
        await page.keyboard.press('PageUp');
        await page.keyboard.press('ArrowDown');
        await screenshot(page, `dates-calendar-${language}-${locale}`);
        await page.keyboard.press('Enter');
        await expect(calendar).toBeHidden();
        await expect(date).toBeFocused();
        await expect(date).toHaveValue(ui.shown('2026-05-16'));
        await expect(editor.getByText(ui.noSuchDate)).toHaveCount(0);
        await expect.poll(stored).toBe('2026-05-16T14:45');
        await expect(editor.getByTestId('save-status')).toHaveText(ui.saved);

        // Alt+ArrowDown opens it from the field, on the field's date; Esc closes it, not the editor.
        await date.press('Alt+ArrowDown');
        await expect(calendar).toBeVisible();
        await expect(calendar.getByRole('gridcell', { selected: true })).toHaveText('16');
        // Tab stays in the calendar: the month buttons, then back to the day.
        await page.keyboard.press('Tab');
        await expect(calendar.getByRole('button', { name: ui.previousMonth })).toBeFocused();
        await page.keyboard.press('Tab');
        await expect(calendar.getByRole('button', { name: ui.nextMonth })).toBeFocused();
        await page.keyboard.press('Tab');
        await expect(calendar.getByRole('gridcell', { selected: true }).getByRole('button')).toBeFocused();
        await page.keyboard.press('Escape');
        await expect(calendar).toBeHidden();
        await expect(editor).toBeVisible();
        await expect(date).toBeFocused();

        await page.reload();
        await waitForAppState(page, 'loaded');
        editor = await openEditor(page, ui);
        await expect(editor.getByRole('textbox', { name: ui.starts, exact: true })).toHaveValue(ui.shown('2026-05-16'));
        await expect(editor.getByRole('textbox', { name: ui.startTime, exact: true })).toHaveValue('14:45');
        expect(errors).toEqual([]);
      });
    }
  });
}
