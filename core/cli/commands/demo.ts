import type { Command } from '../command';
import { openCliCore } from '../open';

export const demoCommand: Command = {
  name: 'demo',
  summary: 'Create the two demo delegations (Västerås → Jinan, Wuxi → Södertälje); safe to run again',
  usage: 'demo --db FILE',
  options: { db: { type: 'string' } },
  run(values, io) {
    const core = openCliCore(values.db, { create: true });
    try {
      const { created } = core.maintenance.seedDemo();
      io.out(created ? `Created the demo delegations in ${values.db}\n` : `The demo delegations already exist in ${values.db}\n`);
      return 0;
    } finally {
      core.close();
    }
  },
};
