/** A display's identity and settings: read from its URL once, then kept in localStorage so the URL can be cleaned. */
import type { KeyValueStore } from './state-cache.ts';

export interface DeviceConfig {
  token: string;
  branchId: number;
  /** Counter displays only. */
  counterId: number | null;
  /** `?lang=fr,en`: the screen's language, then further speech languages; null means the branch's languages. */
  languages: string[] | null;
  /** 0–100. */
  volume: number;
  /** Announcements addressed to a group reach only displays of that group. */
  group: string | null;
  chime: string;
  /** Seconds each call stays the current call at least. */
  holdSeconds: number;
}

const PARAMS = ['token', 'branch', 'counter', 'lang', 'volume', 'group', 'chime', 'hold'] as const;
type Param = (typeof PARAMS)[number];

export function loadDeviceConfig(
  app: string,
  loc: Pick<Location, 'pathname' | 'search' | 'hash'> = location,
  store: KeyValueStore | null = globalThis.localStorage ?? null,
  history: Pick<History, 'replaceState'> | null = globalThis.history ?? null,
): DeviceConfig | null {
  const key = `callboard:device:${app}`;
  const stored = readStored(store, key);
  const query = new URLSearchParams(loc.search);
  const given = PARAMS.filter((p) => query.has(p));
  const raw: Partial<Record<Param, string>> = { ...stored };
  for (const p of given) raw[p] = query.get(p) ?? '';

  if (given.length > 0) {
    try {
      store?.setItem(key, JSON.stringify(raw));
    } catch {
      // Without storage the URL keeps the settings, so leave it as it is.
      return parse(raw);
    }
    for (const p of given) query.delete(p);
    const rest = query.toString();
    // The token must not linger in the address bar, screenshots or the browser history.
    history?.replaceState(null, '', `${loc.pathname}${rest ? `?${rest}` : ''}${loc.hash}`);
  }
  return parse(raw);
}

function parse(raw: Partial<Record<Param, string>>): DeviceConfig | null {
  const token = raw.token?.trim() ?? '';
  const branchId = positiveInt(raw.branch);
  if (token.length < 16 || branchId === null) return null;
  const languages = (raw.lang ?? '')
    .split(',')
    .map((l) => l.trim())
    .filter((l) => /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/.test(l));
  const volume = Number(raw.volume ?? 100);
  const hold = Number(raw.hold ?? 6);
  return {
    token,
    branchId,
    counterId: positiveInt(raw.counter),
    languages: languages.length > 0 ? languages : null,
    volume: Number.isFinite(volume) ? Math.min(100, Math.max(0, volume)) : 100,
    group: raw.group?.trim() || null,
    chime: /^[\w-]{1,64}$/.test(raw.chime ?? '') ? raw.chime! : 'ding-dong',
    holdSeconds: Number.isFinite(hold) && hold >= 1 ? Math.min(hold, 60) : 6,
  };
}

function positiveInt(value: string | undefined): number | null {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : null;
}

function readStored(store: KeyValueStore | null, key: string): Partial<Record<Param, string>> {
  try {
    const data: unknown = JSON.parse(store?.getItem(key) ?? '{}');
    if (typeof data !== 'object' || data === null) return {};
    return Object.fromEntries(
      Object.entries(data).filter(([k, v]) => (PARAMS as readonly string[]).includes(k) && typeof v === 'string'),
    );
  } catch {
    return {};
  }
}
