/** Counter display entry point: reads the device settings and keeps <cb-counter-display> fed from the connection. */
import { version } from '../../package.json';
import { Connection } from '../common/connection.ts';
import { loadDeviceConfig } from '../common/device-config.ts';
import { directionOf, loadCatalog } from '../common/i18n.ts';
import { registerServiceWorker } from '../common/sw-register.ts';
import './cb-counter-display.ts';

const display = document.createElement('cb-counter-display');
document.body.append(display);
const config = loadDeviceConfig('counter');

if (config && config.counterId !== null) {
  const connection = new Connection({ token: config.token, branchId: config.branchId });
  display.counterId = config.counterId;
  display.link = connection.link;
  const px = (n: number) => Math.min(20_000, Math.round(n * (globalThis.devicePixelRatio || 1)));
  // Counter screens stay silent: the waiting-room board speaks the calls.
  connection.setStatus({ appVersion: version, screen: { w: px(innerWidth), h: px(innerHeight) }, audio: 'muted' });
  connection.subscribe((update) => {
    if (update.kind === 'link') display.link = update.link;
    if (update.kind === 'clock') display.offsetMs = update.offsetMs;
    if (update.kind !== 'state') return;
    const locale = config.languages?.[0] ?? update.state.branch.languages[0] ?? 'en';
    display.snapshot = update.state;
    void loadCatalog(locale).then(() => {
      display.locale = locale;
      document.documentElement.lang = locale;
      document.documentElement.dir = directionOf(locale);
    });
  });
  addEventListener('online', () => connection.reconnectNow());
  connection.start();
  registerServiceWorker('counter');
} else {
  display.remove();
  void import('../common/show-pairing.ts').then((m) => m.showPairing('counter'));
}
