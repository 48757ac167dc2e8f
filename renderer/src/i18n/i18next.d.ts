import 'i18next';
import type { resources } from './resources';

// Typed keys: t('trips:dialog.createTitle') is checked against the English resources, so a
// misspelt key is a type error rather than a raw key on screen.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: (typeof resources)['en'];
  }
}
