import type { Area } from '../context';
import { browserUi } from './browser';
import { bundle } from './bundle';
import { checks } from './checks';
import { coreOperations } from './core-ops';
import { documents } from './documents';
import { encryption } from './encryption';
import { sharing } from './sharing';
import { sync } from './sync';

/** In the order they run: the browser measurements last (the UI is the newest part). */
export const areas: (Area & { id: string })[] = [
  { id: 'core', ...coreOperations },
  { id: 'encryption', ...encryption },
  { id: 'checks', ...checks },
  { id: 'sharing', ...sharing },
  { id: 'sync', ...sync },
  { id: 'pdf', ...documents },
  { id: 'bundle', ...bundle },
  { id: 'ui', ...browserUi },
];
