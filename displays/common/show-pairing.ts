/** The pairing screen of a display that has no token yet; loaded on demand, since paired displays never need it. */
import './cb-pairing-code.ts';
import { loadCatalog } from './i18n.ts';
import { pairDevice } from './pairing.ts';

/** Shows a pairing code until an admin enters it, then reloads the page as that device. */
export function showPairing(app: string): void {
  const pairing = document.createElement('cb-pairing-code');
  pairing.locale = navigator.language;
  document.body.append(pairing);
  void loadCatalog(navigator.language).then(() => pairing.requestUpdate());
  void pairDevice(app, (code) => (pairing.code = code)).then(() => location.reload());
}
