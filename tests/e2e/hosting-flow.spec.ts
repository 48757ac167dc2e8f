import type { Locator, Page } from '@playwright/test';
import { collectPageErrors, expect, test } from './fixtures';
import { openApp, screenshot } from './helpers';
import { call } from './seed';

/**
 * Issue 18: hosting a delegation from an empty database through the UI only (roles and labels),
 * in both UI languages. The stored values are read back through the core at the end.
 */

const VISITOR_HEAD = { name: 'Wang Jian', nativeName: '王建' };
const VISITOR = { name: 'Li Na' };
const HOST = { name: 'Anna Lindqvist' };
const WUXI = "Wuxi Municipal People's Government (无锡市人民政府)";

const LABELS = {
  en: {
    newTrip: 'New trip',
    title: 'Title',
    incoming: 'Incoming',
    startDate: 'Start date',
    endDate: 'End date',
    visitorsZone: 'Visitors’ home time zone',
    addDestination: 'Add destination',
    city: 'City',
    country: 'Country',
    timeZone: 'Time zone',
    sending: 'Sending organisation',
    hosting: 'Hosting organisation',
    createTrip: 'Create trip',
    tabs: { overview: 'Overview', programme: 'Programme', members: 'Members', checks: 'Checks', documents: 'Documents' },
    sections: 'Trip sections',
    addFirstMember: 'Add the first member',
    addMember: 'Add member',
    submitMember: 'Add member',
    addAnother: 'Add another',
    memberName: 'Name',
    memberNative: 'Name in own script',
    role: 'Role in the delegation',
    side: 'Side in the visit',
    host: 'Host',
    visitor: 'Visitor',
    added: (name: string, n: number) => `${name} was added as number ${n}.`,
    done: 'Done',
    addFirstItem: 'Add the first item',
    newItem: 'New item',
    flight: 'Flight',
    itemTitle: 'Title',
    departure: 'Departure',
    arrival: 'Arrival',
    zoneOf: (label: string) => `${label} – time zone`,
    from: 'From',
    to: 'To',
    addItem: 'Add item',
    starts: 'Starts',
    homeTimeSwitch: 'Home time (Shanghai)',
    matrix: 'Who is where, day by day',
    arriving: /^Abroad → /,
    home: 'Home',
    visaFinding: (name: string) => `${name} needs a Schengen visa and our invitation letter; the visa status is unknown.`,
    delegationHeading: 'The delegation',
    hostsHeading: 'Your hosts',
    receivingHost: 'Receiving host',
  },
  sv: {
    newTrip: 'Ny resa',
    title: 'Titel',
    incoming: 'Mottagning',
    startDate: 'Startdatum',
    endDate: 'Slutdatum',
    visitorsZone: 'Besökarnas tidszon hemma',
    addDestination: 'Lägg till resmål',
    city: 'Stad',
    country: 'Land',
    timeZone: 'Tidszon',
    sending: 'Sändande organisation',
    hosting: 'Värdorganisation',
    createTrip: 'Skapa resa',
    tabs: { overview: 'Översikt', programme: 'Program', members: 'Deltagare', checks: 'Kontroller', documents: 'Dokument' },
    sections: 'Resans delar',
    addFirstMember: 'Lägg till första deltagaren',
    addMember: 'Lägg till deltagare',
    submitMember: 'Lägg till',
    addAnother: 'Lägg till en till',
    memberName: 'Namn',
    memberNative: 'Namn i egen skrift',
    role: 'Roll i delegationen',
    side: 'Sida i besöket',
    host: 'Värd',
    visitor: 'Besökare',
    added: (name: string, n: number) => `${name} lades till som nummer ${n}.`,
    done: 'Klar',
    addFirstItem: 'Lägg till första programpunkten',
    newItem: 'Ny programpunkt',
    flight: 'Flyg',
    itemTitle: 'Rubrik',
    departure: 'Avgång',
    arrival: 'Ankomst',
    zoneOf: (label: string) => `${label} – tidszon`,
    from: 'Från',
    to: 'Till',
    addItem: 'Lägg till',
    starts: 'Börjar',
    homeTimeSwitch: 'Hemmatid (Shanghai)',
    matrix: 'Var är vem, dag för dag',
    arriving: /^Utomlands → /,
    home: 'Hemma',
    visaFinding: (name: string) => `${name} behöver Schengenvisum och inbjudningsbrev från oss; visumstatus okänd.`,
    delegationHeading: 'Delegationen',
    hostsHeading: 'Era värdar',
    receivingHost: 'Mottagande värd',
  },
} as const;

type Labels = (typeof LABELS)['en'] | (typeof LABELS)['sv'];

/** Pick a zone the way people do: type part of its name, Enter. */
async function pickZone(page: Page, picker: Locator, search: string, zone: string): Promise<void> {
  await picker.click();
  await picker.fill(search);
  await expect(page.getByRole('option', { name: new RegExp(`^${zone.split('/').pop()!} `) }).first()).toBeVisible();
  await picker.press('Enter');
  await expect(picker).toHaveValue(new RegExp(`^${zone}`));
}

/** The visible text of one day's column of the presence matrix, top to bottom. */
async function column(matrix: Locator, date: string): Promise<string[]> {
  const index = await matrix
    .locator('thead th')
    .evaluateAll((cells, d) => cells.findIndex((th) => th.querySelector('time')?.getAttribute('datetime') === d), date);
  expect(index, `column for ${date}`).toBeGreaterThan(0);
  return matrix.locator(`tbody tr > :nth-child(${index + 1})`).evaluateAll((cells) =>
    cells.map((cell) => {
      const copy = cell.cloneNode(true) as HTMLElement;
      // What is there for screen readers only (" to ") is not what the eye reads.
      copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
      return (copy.textContent ?? '').replace(/\s+/g, ' ').replace(/\s*→\s*/, ' → ').trim();
    }),
  );
}

async function createIncomingTrip(page: Page, L: Labels, title: string): Promise<void> {
  await page.getByRole('button', { name: L.newTrip }).first().click();
  const dialog = page.getByRole('dialog', { name: L.newTrip });
  await dialog.getByRole('textbox', { name: L.title, exact: true }).fill(title);
  await dialog.getByRole('radio', { name: new RegExp(`^${L.incoming}`) }).check();
  // Dates are read when the field is left.
  await dialog.getByLabel(L.startDate).fill('2026-05-18');
  await dialog.getByLabel(L.startDate).blur();
  await dialog.getByLabel(L.endDate).fill('2026-05-22');
  await dialog.getByLabel(L.endDate).blur();
  await pickZone(page, dialog.getByRole('combobox', { name: L.visitorsZone }), 'shangh', 'Asia/Shanghai');
  await dialog.getByRole('button', { name: L.addDestination }).click();
  await dialog.getByRole('textbox', { name: L.city, exact: true }).fill('Södertälje');
  await dialog.getByRole('textbox', { name: L.country, exact: true }).fill('SE');
  await expect(dialog.getByRole('combobox', { name: L.timeZone, exact: true })).toHaveValue(/^Europe\/Stockholm/);
  await dialog.getByLabel(L.sending).fill(WUXI);
  await dialog.getByLabel(L.hosting).fill('Södertälje kommun');
  await dialog.getByRole('button', { name: L.createTrip }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: L.tabs.overview })).toBeVisible();
}

async function addMembers(page: Page, L: Labels): Promise<void> {
  await page.getByRole('button', { name: L.addFirstMember }).click();
  // The dialog is renamed after the first add ("Add another member"): found by role alone.
  const dialog = page.getByRole('dialog');
  await expect(dialog).toHaveAccessibleName(L.addMember);
  const side = dialog.getByRole('group', { name: L.side });
  const name = dialog.getByRole('textbox', { name: L.memberName, exact: true });
  const submit = dialog.getByRole('button', { name: L.submitMember, exact: true });
  const addAnother = dialog.getByRole('button', { name: L.addAnother, exact: true });

  // On an incoming trip a new member is a visitor unless told otherwise.
  await expect(side.getByLabel(L.visitor)).toBeChecked();
  await name.fill(VISITOR_HEAD.name);
  await dialog.getByLabel(L.memberNative).fill(VISITOR_HEAD.nativeName);
  await dialog.getByLabel(L.role).selectOption('head');
  await submit.click();
  await expect(dialog.getByRole('status')).toContainText(L.added(VISITOR_HEAD.name, 1));

  await addAnother.click();
  await expect(side.getByLabel(L.visitor)).toBeChecked();
  await name.fill(VISITOR.name);
  await submit.click();
  await expect(dialog.getByRole('status')).toContainText(L.added(VISITOR.name, 2));

  await addAnother.click();
  await side.getByLabel(L.host).check();
  await expect(dialog.getByLabel(L.role)).toHaveValue('receiving_host');
  await name.fill(HOST.name);
  await submit.click();
  await expect(dialog.getByRole('status')).toContainText(L.added(HOST.name, 3));
  await dialog.getByRole('button', { name: L.done, exact: true }).click();
  await expect(dialog).toHaveCount(0);
}

async function addArrivalFlight(page: Page, L: Labels): Promise<void> {
  await page.getByRole('button', { name: L.addFirstItem }).click();
  const dialog = page.getByRole('dialog', { name: L.newItem });
  await dialog.getByRole('radio', { name: L.flight }).check();
  await dialog.getByRole('textbox', { name: L.itemTitle, exact: true }).fill('Shanghai – Stockholm');
  const departureZone = dialog.getByRole('combobox', { name: L.zoneOf(L.departure) });
  const arrivalZone = dialog.getByRole('combobox', { name: L.zoneOf(L.arrival) });
  await pickZone(page, departureZone, 'shangh', 'Asia/Shanghai');
  await dialog.getByRole('textbox', { name: L.departure, exact: true }).fill('2026-05-18T00:40');
  // Typed as the ticket shows it: Stockholm time.
  await dialog.getByRole('textbox', { name: L.arrival, exact: true }).fill('2026-05-18T07:40');
  await dialog.getByRole('textbox', { name: L.from, exact: true }).fill('Shanghai Pudong (PVG)');
  await dialog.getByRole('textbox', { name: L.to, exact: true }).pressSequentially('Stockholm Arlanda (ARN)');
  await expect(arrivalZone).toHaveValue('Europe/Stockholm (UTC+2)');
  await expect(departureZone).toHaveValue('Asia/Shanghai (UTC+8)');
  await dialog.getByRole('button', { name: L.addItem, exact: true }).click();
  await expect(dialog).toHaveCount(0);
}

/** A meeting at noon on the first day, in the destination's zone the dialog offers. */
async function addWelcomeLunch(page: Page, L: Labels): Promise<void> {
  await page.keyboard.press('Control+n');
  const dialog = page.getByRole('dialog', { name: L.newItem });
  await dialog.getByRole('textbox', { name: L.itemTitle, exact: true }).fill('Welcome lunch');
  await expect(dialog.getByRole('combobox', { name: L.zoneOf(L.starts) })).toHaveValue(/^Europe\/Stockholm/);
  await dialog.getByRole('textbox', { name: L.starts, exact: true }).fill('2026-05-18T12:00');
  await dialog.getByRole('button', { name: L.addItem, exact: true }).click();
  await expect(dialog).toHaveCount(0);
}

for (const lang of ['en', 'sv'] as const) {
  const L: Labels = LABELS[lang];

  test.describe(`hosting a delegation from an empty database (${lang})`, () => {
    test.use({ seed: 'empty' });

    test('create the visit, its visitors and host, the arrival flight; overview, checks and handout agree', async ({ page, app }) => {
      test.slow(); // one long flow through six screens on a shared 2-core machine
      const errors = collectPageErrors(page);
      await openApp(page, app);
      if (lang === 'sv') {
        await page.getByRole('button', { name: 'Settings' }).click();
        await page.getByRole('dialog', { name: 'Settings' }).getByLabel('Svenska').check();
        await expect(page.getByRole('dialog', { name: 'Inställningar' })).toBeVisible();
        await page.keyboard.press('Escape');
        await expect(page.getByRole('dialog')).toHaveCount(0);
      }
      await expect(page.locator('html')).toHaveAttribute('lang', lang);

      // 1. The incoming trip.
      const title = lang === 'en' ? 'Wuxi delegation visiting Södertälje' : 'Wuxidelegationen besöker Södertälje';
      await createIncomingTrip(page, L, title);
      const nav = page.getByRole('navigation', { name: L.sections });

      // 2. Two visitors (the head with a Chinese name) and one host.
      await nav.getByRole('link', { name: L.tabs.members }).click();
      await expect(page.getByRole('heading', { level: 1, name: L.tabs.members })).toBeVisible();
      await addMembers(page, L);

      // 3. The visitors' arrival flight; the second clock is the visitors' home (Shanghai).
      await nav.getByRole('link', { name: L.tabs.programme }).click();
      await expect(page.getByRole('heading', { level: 1, name: L.tabs.programme })).toBeVisible();
      await addArrivalFlight(page, L);
      await addWelcomeLunch(page, L);
      const homeSwitch = page.getByRole('switch', { name: L.homeTimeSwitch });
      await expect(homeSwitch).toBeVisible();
      if (!(await homeSwitch.isChecked())) await homeSwitch.check();
      const flight = page.getByTestId('programme-item').filter({ hasText: 'Shanghai – Stockholm' });
      // The arrival keeps the Stockholm time it was typed in.
      await expect(flight.locator('.pg-route time').last()).toHaveAttribute('datetime', '2026-05-18T07:40');
      await expect(flight.locator('.pg-route abbr').last()).toHaveAttribute('title', 'Europe/Stockholm');
      // The second clock is Shanghai's: the departure from there reads the same, and noon in
      // Södertälje (CEST, UTC+2) is 18:00 at the visitors' home (UTC+8).
      await expect(flight.locator('.pg-home time')).toHaveAttribute('datetime', '2026-05-18T00:40');
      const lunch = page.getByTestId('programme-item').filter({ hasText: 'Welcome lunch' });
      await expect(lunch.locator('.pg-time')).toHaveAttribute('datetime', '2026-05-18T12:00');
      await expect(lunch.locator('.pg-home time')).toHaveAttribute('datetime', '2026-05-18T18:00');
      await expect(lunch.locator('.pg-home')).toHaveText(/18[:.]00/);

      // 4. Overview: the visitors arrive on the first day (never "Home"); the host is in Södertälje.
      await nav.getByRole('link', { name: L.tabs.overview }).click();
      const matrix = page.getByRole('table', { name: L.matrix });
      await expect(matrix.locator('tbody tr')).toHaveCount(3);
      // Arriving from abroad on the first day. Where to is left open ("–"): the flight lands at
      // Arlanda, which is not one of the trip's destinations, and the lunch names no city.
      const firstDay = await column(matrix, '2026-05-18');
      expect(firstDay).toEqual([expect.stringMatching(L.arriving), expect.stringMatching(L.arriving), 'Södertälje']);
      expect(firstDay.filter((cell) => cell.startsWith(L.home))).toEqual([]);
      await expect(matrix.getByRole('cell', { name: new RegExp(`^${L.home}`) })).toHaveCount(0);
      await page.mouse.move(640, 30);
      await screenshot(page, `hosting-flow-overview-${lang}`);

      // 5. Checks: the visitors' unknown visa needs a Schengen visa and our letter; the host is not checked.
      await nav.getByRole('link', { name: new RegExp(`^${L.tabs.checks}`) }).click();
      await expect(page.getByRole('heading', { level: 1, name: L.tabs.checks })).toBeVisible();
      const visaFindings = page.locator('[data-testid="finding"][data-kind="visa-not-granted"]');
      await expect(visaFindings.filter({ hasText: L.visaFinding(VISITOR_HEAD.name) })).toHaveCount(1);
      await expect(visaFindings.filter({ hasText: L.visaFinding(VISITOR.name) })).toHaveCount(1);
      const travelDocumentFindings = page.locator(
        '[data-testid="finding"][data-kind^="passport"], [data-testid="finding"][data-kind^="visa"]',
      );
      await expect(travelDocumentFindings.filter({ hasText: HOST.name })).toHaveCount(0);

      // 6. The handout: the delegation (visitors) and "Your hosts" apart, in the UI's language.
      await nav.getByRole('link', { name: L.tabs.documents }).click();
      const preview = page.frameLocator('[data-testid="document-preview-frame"]');
      const delegation = preview.locator('section.delegation');
      const hosts = preview.locator('section.hosts');
      await expect(delegation.locator('h2')).toHaveText(L.delegationHeading);
      await expect(hosts.locator('h2')).toHaveText(L.hostsHeading);
      await expect(delegation.locator('tbody tr')).toHaveCount(2);
      await expect(delegation).toContainText(VISITOR_HEAD.nativeName);
      await expect(delegation).toContainText(VISITOR.name);
      await expect(delegation).not.toContainText(HOST.name);
      await expect(hosts.locator('tbody tr').filter({ hasText: HOST.name })).toContainText(L.receivingHost);
      await expect(hosts).not.toContainText(VISITOR.name);

      // What was stored.
      const [trip] = call(app.core, 'trips:list', {});
      expect(trip).toMatchObject({
        title,
        direction: 'incoming',
        startDate: '2026-05-18',
        endDate: '2026-05-22',
        homeTimeZone: 'Europe/Stockholm',
        visitorsTimeZone: 'Asia/Shanghai',
        sendingOrganisation: WUXI,
        hostingOrganisation: 'Södertälje kommun',
        destinations: [{ city: 'Södertälje', country: 'SE', timeZone: 'Europe/Stockholm' }],
      });
      const members = call(app.core, 'members:list', { tripId: trip!.id });
      expect(members.map((m) => ({ name: m.name, side: m.side, role: m.role, visaStatus: m.visaStatus }))).toEqual([
        { name: VISITOR_HEAD.name, side: 'visitor', role: 'head', visaStatus: 'unknown' },
        { name: VISITOR.name, side: 'visitor', role: 'member', visaStatus: 'unknown' },
        { name: HOST.name, side: 'host', role: 'receiving_host', visaStatus: 'unknown' },
      ]);
      expect(members[0]!.nativeName).toBe(VISITOR_HEAD.nativeName);
      expect(members[2]!.organisation).toBe('Södertälje kommun');
      const items = call(app.core, 'items:list', { tripId: trip!.id });
      expect(items.filter((item) => item.kind === 'flight')).toMatchObject([
        {
          kind: 'flight',
          startLocal: '2026-05-18T00:40',
          startZone: 'Asia/Shanghai',
          endLocal: '2026-05-18T07:40',
          endZone: 'Europe/Stockholm',
          details: { from: 'Shanghai Pudong (PVG)', to: 'Stockholm Arlanda (ARN)' },
        },
      ]);
      expect(items.find((item) => item.title === 'Welcome lunch')).toMatchObject({ startLocal: '2026-05-18T12:00', startZone: 'Europe/Stockholm' });
      // Playwright's own probes into the scriptless preview frame are refused by its sandbox
      // (as documents.spec.ts explains); anything else, such as a CSP violation, is a failure.
      expect(errors.filter((error) => !/^Blocked script execution in 'blob:/.test(error))).toEqual([]);
    });
  });
}
