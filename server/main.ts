/** The process entry: reads the environment, starts the server, prints where to go, shuts down cleanly. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from './config.ts';
import { APPS_DIR } from './paths.ts';
import { startServer } from './start.ts';

const config = loadConfig(process.env);
const running = await startServer(config);
const { url, demo } = running;

const lines = [`Callboard is running at ${url}`, `  API document   ${url}/api/openapi.json`];
if (running.generatedAdminPassword) {
  lines.push(`  Admin login    admin / ${running.generatedAdminPassword}   (generated now; shown only once)`);
}
// Only apps that were built are listed (`npm start` builds them all).
const built = (app: string) => existsSync(join(APPS_DIR, app, 'index.html'));
if (demo) {
  const b = demo.branchId;
  const apps: [string, string][] = [
    ['board', `  Board (TV)     ${url}/board/?branch=${b}&token=${demo.boardToken}`],
    ['counter', `  Counter 1      ${url}/counter/?branch=${b}&counter=${demo.counterId}&token=${demo.counterDisplayToken}`],
    ['kiosk', `  Kiosk          ${url}/kiosk/?branch=${b}&token=${demo.kioskToken}`],
    ['staff', `  Staff console  ${url}/staff/   (demo login ${demo.staff.username} / ${demo.staff.password})`],
    ['admin', `  Admin          ${url}/admin/`],
  ];
  for (const [app, line] of apps) if (built(app)) lines.push(line);
}
console.log(lines.join('\n'));

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: shutting down`);
  await running.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
