import type { DocumentLanguage } from './options';

/** How a programme marks an item that did not take place (beside its struck-through title). */
export const itemStateLabels: Record<DocumentLanguage, { cancelled: string }> = {
  sv: { cancelled: 'Inställt' },
  en: { cancelled: 'Cancelled' },
};
