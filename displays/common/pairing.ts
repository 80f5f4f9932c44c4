/**
 * Pairing a new display: ask the server for a short code, show it, and poll until an admin has entered
 * it; then keep the token like a display opened with ?token=… would. Codes expire, so a new one is
 * fetched when the old one lapses.
 */
const POLL_MS = 3_000;

export interface PairedDevice {
  token: string;
  branchId: number;
  counterId: number | null;
}

interface Started {
  pairingId: string;
  code: string;
  secret: string;
}

async function startPairing(): Promise<Started> {
  const res = await fetch('/api/pairings', { method: 'POST' });
  if (!res.ok) throw new Error(`pairing refused: ${res.status}`);
  return (await res.json()) as Started;
}

/** Resolves once paired; `onCode` shows each code (and null while waiting for the server). */
export async function pairDevice(app: string, onCode: (code: string | null) => void, signal?: AbortSignal): Promise<PairedDevice> {
  for (;;) {
    let pairing: Started;
    try {
      pairing = await startPairing();
    } catch {
      onCode(null);
      await sleep(POLL_MS * 3);
      continue;
    }
    onCode(pairing.code);
    for (;;) {
      if (signal?.aborted) throw new Error('pairing stopped');
      await sleep(POLL_MS);
      const res = await fetch(`/api/pairings/${pairing.pairingId}?secret=${encodeURIComponent(pairing.secret)}`).catch(() => null);
      if (!res) continue; // offline for a moment: keep the code, try again
      if (res.status === 404) break; // expired: fetch a new code
      if (!res.ok) continue;
      const body = (await res.json()) as { status: 'pending' } | ({ status: 'paired' } & PairedDevice);
      if (body.status === 'paired') {
        const device = { token: body.token, branchId: body.branchId, counterId: body.counterId };
        remember(app, device);
        return device;
      }
    }
  }
}

/** Stored exactly where device-config.ts reads settings from, so a reload starts the display as paired. */
function remember(app: string, device: PairedDevice) {
  const key = `callboard:device:${app}`;
  const current = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, string>;
  const next: Record<string, string> = { ...current, token: device.token, branch: String(device.branchId) };
  if (device.counterId !== null) next.counter = String(device.counterId);
  localStorage.setItem(key, JSON.stringify(next));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
