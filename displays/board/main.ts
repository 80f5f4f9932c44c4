/** Board entry point: reads the device settings, mounts <cb-board>, starts the wiring and the offline worker. */
import { registerServiceWorker } from '../common/sw-register.ts';
import { loadDeviceConfig } from '../common/device-config.ts';
import { chimeUrl } from '../common/speech.ts';
import { startBoard } from './board-controller.ts';
import './cb-board.ts';

const board = document.createElement('cb-board');
document.body.append(board);
const config = loadDeviceConfig('board');
if (config) {
  startBoard(board, config);
  registerServiceWorker('board', [chimeUrl(config.chime)]);
} else {
  // A new display: show a pairing code until an admin enters it, then start as that device.
  board.remove();
  void import('../common/show-pairing.ts').then((m) => m.showPairing('board'));
}
