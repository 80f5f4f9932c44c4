/** Wires a kiosk together: live branch state over the socket, ticket issuing over HTTP, and the out-of-service cover. */
import { version } from '../../package.json';
import { CloseCode } from '../../shared/protocol.ts';
import { Connection, type LinkState } from '../common/connection.ts';
import type { DeviceConfig } from '../common/device-config.ts';
import { clearCachedState } from '../common/state-cache.ts';
import type { CbKiosk } from './cb-kiosk.ts';
import { kioskCatalog } from './i18n.ts';
import { ticketIssuer } from './issue-ticket.ts';

/** A blip (a Wi-Fi roam, a server restart) is bridged silently; a longer outage covers the screen before anyone taps into errors. */
export const OUTAGE_GRACE_MS = 5_000;

/** Starts the kiosk and returns a function that closes its socket and timers. */
export function startKiosk(kiosk: CbKiosk, config: DeviceConfig): () => void {
  const connect = () => new Connection({ token: config.token, branchId: config.branchId });
  let connection = connect();
  kiosk.issue = ticketIssuer(config.branchId, config.token);
  kiosk.languages = config.languages;

  let outageTimer: ReturnType<typeof setTimeout> | undefined;
  const onLink = (link: LinkState) => {
    if (link.status === 'online') {
      clearTimeout(outageTimer);
      outageTimer = undefined;
      kiosk.outOfService = false;
      kiosk.outOfServiceDetail = null;
      return;
    }
    if (link.status === 'refused') {
      const c = kioskCatalog(kiosk.snapshot?.branch.languages[0]);
      kiosk.outOfServiceDetail = `${c.notPaired} (${link.refusedCode ?? CloseCode.Unauthorized})`;
    }
    outageTimer ??= setTimeout(() => (kiosk.outOfService = true), OUTAGE_GRACE_MS);
  };

  const px = (n: number) => Math.min(20_000, Math.round(n * (globalThis.devicePixelRatio || 1)));
  // A kiosk makes no sound: "muted" tells the admin screen not to expect any.
  const status = () => ({ appVersion: version, screen: { w: px(innerWidth), h: px(innerHeight) }, audio: 'muted' as const });
  let unsubscribe = () => {};
  const run = () => {
    unsubscribe = connection.subscribe((update) => {
      if (update.kind === 'state') kiosk.snapshot = update.state;
      else if (update.kind === 'clock') kiosk.offsetMs = update.offsetMs;
      else if (update.kind === 'link') onLink(update.link);
      // What the admin set for this kiosk wins over the URL's defaults, as on the boards.
      else if (update.kind === 'device') kiosk.languages = update.settings.languages.length ? update.settings.languages : config.languages;
      else if (update.kind === 'event' && update.catchUp && update.event.kind === 'config_changed') restart();
    });
    connection.setStatus(status());
    onLink(connection.link);
    connection.start();
  };
  /**
   * The server answers a resume across a setup change with a snapshot (PROTOCOL.md P5), but a kiosk
   * that restored its cache from an earlier page can still replay a `config_changed`; then it starts
   * over without the cache, so services and opening hours on screen are never older than the setup.
   */
  const restart = () => {
    unsubscribe();
    connection.stop();
    // The cache holds the stale services at the latest seq: a new connection must not resume from it.
    clearCachedState(globalThis.localStorage ?? null, config.branchId);
    connection = connect();
    run();
  };
  const onOnline = () => connection.reconnectNow();
  addEventListener('online', onOnline);
  run();

  return () => {
    unsubscribe();
    removeEventListener('online', onOnline);
    clearTimeout(outageTimer);
    connection.stop();
  };
}
