/**
 * Runs the compiled server (`dist/node/server/main.js`, what `npm start` runs) as a real child process,
 * so tests can SIGKILL and restart it. The vitest global setup and `npm run build` compile it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ENTRY = 'dist/node/server/main.js';

export interface ServerProcess {
  url: string;
  port: number;
  child: ChildProcess;
  output: () => string;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export async function spawnServer(
  dataDir: string,
  env: Record<string, string> = {},
  port = 0,
  nodeArgs: string[] = [],
): Promise<ServerProcess> {
  if (!existsSync(`${ROOT}/${ENTRY}`)) throw new Error(`${ENTRY} is missing: run \`npm run build:server\``);
  const child = spawn(process.execPath, [...nodeArgs, ENTRY], {
    cwd: ROOT,
    env: {
      ...process.env,
      CALLBOARD_DATA_DIR: dataDir,
      PORT: String(port),
      CALLBOARD_HOST: '127.0.0.1',
      CALLBOARD_ADMIN_PASSWORD: 'process-admin-password',
      CALLBOARD_LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const url = await new Promise<string>((resolve, reject) => {
    const onData = () => {
      const m = out.match(/running at (http:\/\/\S+)/);
      if (m) resolve(m[1]!.replace('localhost', '127.0.0.1'));
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited with ${code} before listening:\n${out}`)));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url,
    port: Number(new URL(url).port),
    child,
    output: () => out,
    async kill(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}
