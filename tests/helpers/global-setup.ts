/** Builds the browser apps once before the test run, so browser tests load exactly what `npm start` serves. */
import { build } from 'vite';

export default async function setup() {
  await build({ logLevel: 'warn' });
}
