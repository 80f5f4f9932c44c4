/** The process entry: reads the environment, starts the server, prints where to go, shuts down cleanly. */
import { loadConfig } from './config.ts';
import { startServer } from './start.ts';

const config = loadConfig(process.env);
const running = await startServer(config);
const { url, demo } = running;

const lines = [`Callboard is running at ${url}`, `  API document   ${url}/api/openapi.json`];
if (running.generatedAdminPassword) {
  lines.push(`  Admin login    admin / ${running.generatedAdminPassword}   (generated now; shown only once)`);
}
if (demo) {
  const b = demo.branchId;
  lines.push(
    `  Board (TV)     ${url}/board/?branch=${b}&token=${demo.boardToken}`,
    `  Counter 1      ${url}/counter/?branch=${b}&counter=${demo.counterId}&token=${demo.counterDisplayToken}`,
    `  Kiosk          ${url}/kiosk/?branch=${b}&token=${demo.kioskToken}`,
    `  Staff console  ${url}/staff/   (demo login ${demo.staff.username} / ${demo.staff.password})`,
    `  Admin          ${url}/admin/`,
  );
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
