import type { LabelLanguage } from './options';
import { inEveryLanguage } from './labels';

/** How a programme marks an item that did not take place (beside its struck-through title). */
export const itemStateLabels = inEveryLanguage<{ cancelled: string }>({
  sv: { cancelled: 'Inställt' },
  en: { cancelled: 'Cancelled' },
  zh: { cancelled: '已取消' },
} satisfies Record<LabelLanguage, { cancelled: string }>);
