/** `npm run simulate -- --days 28 [--branch 1] [--seed 7]`: writes simulated past activity into CALLBOARD_DATA_DIR's database. */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createApp } from '../server/app.ts';
import { openDatabase } from '../server/db/client.ts';
import { simulateHistory } from '../server/insight/simulate.ts';

const { values } = parseArgs({ options: { days: { type: 'string', default: '28' }, branch: { type: 'string' }, seed: { type: 'string' } } });
const days = Number(values.days);
if (!Number.isInteger(days) || days < 1 || days > 366) throw new Error('--days must be a whole number from 1 to 366');

const database = openDatabase(join(process.env.CALLBOARD_DATA_DIR ?? './data', 'callboard.sqlite'));
const cb = createApp({ database });
try {
  const branches = cb.deps.repos.setup.listBranches();
  const targets = values.branch ? branches.filter((b) => b.id === Number(values.branch)) : branches;
  if (targets.length === 0) throw new Error('no branch to simulate: start the server once (it seeds a demo branch) or create one');
  for (const b of targets) {
    const n = simulateHistory(cb.deps, { branchId: b.id, days, seed: values.seed ? Number(values.seed) : undefined });
    console.log(`${b.name}: ${n} simulated visits over the ${days} days before today`);
  }
} finally {
  cb.close();
  database.close();
}
