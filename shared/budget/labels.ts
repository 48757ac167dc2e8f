import type { CostCategory, Payer } from '../domain/budget';

/** Words of the budget and per-diem exports and documents (the screens use the i18n files). */
export const budgetLabels = {
  sv: {
    categories: {
      travel: 'Resor',
      accommodation: 'Logi',
      per_diem: 'Traktamente',
      interpreters: 'Tolkar',
      local_transport: 'Lokala transporter',
      gifts: 'Gåvor',
      venue: 'Lokaler',
      other: 'Övrigt',
    } satisfies Record<CostCategory, string>,
    payers: { municipality: 'Kommunen', grant: 'Bidrag', host: 'Värdarna' } satisfies Record<Payer, string>,
  },
  en: {
    categories: {
      travel: 'Travel',
      accommodation: 'Accommodation',
      per_diem: 'Per diem',
      interpreters: 'Interpreters',
      local_transport: 'Local transport',
      gifts: 'Gifts',
      venue: 'Venue',
      other: 'Other',
    } satisfies Record<CostCategory, string>,
    payers: { municipality: 'Municipality', grant: 'Grant', host: 'Hosts' } satisfies Record<Payer, string>,
  },
} as const;
