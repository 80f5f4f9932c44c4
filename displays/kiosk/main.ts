/** Kiosk entry point: reads the device settings (or pairs by code), loads every language, mounts <cb-kiosk> and starts it. */
import '../common/cb-pairing-code.ts';
import { loadDeviceConfig } from '../common/device-config.ts';
import { loadCatalog } from '../common/i18n.ts';
import { pairDevice } from '../common/pairing.ts';
import { registerServiceWorker } from '../common/sw-register.ts';
import './cb-kiosk.ts';
import { loadKioskCatalogs } from './i18n.ts';
import { startKiosk } from './kiosk-controller.ts';

const kiosk = document.createElement('cb-kiosk');
document.body.append(kiosk);
const config = loadDeviceConfig('kiosk');

// Without its catalogs (offline at boot, say) the kiosk still runs, in English.
await loadKioskCatalogs().catch((error: unknown) => console.warn('[kiosk] catalogs not loaded', error));
if (config) {
  startKiosk(kiosk, config);
  registerServiceWorker('kiosk');
} else {
  // A new kiosk: show a pairing code until an admin enters it, then start as that device.
  kiosk.remove();
  const pairing = document.createElement('cb-pairing-code');
  pairing.locale = navigator.language;
  document.body.append(pairing);
  void loadCatalog(navigator.language).then(() => pairing.requestUpdate());
  void pairDevice('kiosk', (code) => (pairing.code = code)).then(() => location.reload());
}
