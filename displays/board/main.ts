/** Board entry point: reads the device settings, mounts <cb-board>, starts the wiring and the offline worker. */
import { registerServiceWorker } from '../common/sw-register.ts';
import { loadDeviceConfig } from '../common/device-config.ts';
import { catalogFor } from '../common/i18n.ts';
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
  board.fatal = catalogFor(navigator.language).notConfigured;
}
