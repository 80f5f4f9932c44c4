/** The kiosk's few icons, inline so they need no request and take the text colour. Arrows carry class "flip" for RTL. */
import { svg } from 'lit';

const icon = (path: ReturnType<typeof svg>, flip = false) =>
  svg`<svg class=${flip ? 'flip' : ''} viewBox="0 0 24 24" aria-hidden="true" focusable="false">${path}</svg>`;

export const forwardIcon = icon(svg`<path fill="currentColor" d="M9.3 4.3 7.9 5.7l6.3 6.3-6.3 6.3 1.4 1.4 7.7-7.7z"/>`, true);
export const backIcon = icon(svg`<path fill="currentColor" d="M14.7 4.3 16.1 5.7 9.8 12l6.3 6.3-1.4 1.4L7 12z"/>`, true);
export const printIcon = icon(
  svg`<path fill="currentColor" d="M6 2h12v5H6zm-2 6h16a2 2 0 0 1 2 2v7h-4v5H6v-5H2v-7a2 2 0 0 1 2-2zm4 8v4h8v-4zm10-5a1 1 0 1 0 0 2 1 1 0 0 0 0-2z"/>`,
);
export const checkIcon = icon(svg`<path fill="currentColor" d="m9.5 16.2-4.2-4.2-1.4 1.4 5.6 5.6 11.2-11.2-1.4-1.4z"/>`);
export const clockIcon = icon(
  svg`<path fill="currentColor" d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16zm-1 3v5.4l4.6 2.8 1-1.7-3.6-2.1V7z"/>`,
);
export const priorityIcon = icon(
  svg`<path fill="currentColor" d="M12 2a2 2 0 1 1 0 4 2 2 0 0 1 0-4zm9 7h-6v13h-2v-6h-2v6H9V9H3V7h18z"/>`,
);
export const warningIcon = icon(svg`<path fill="currentColor" d="M12 2 1 21h22zm-1 7h2v6h-2zm0 8h2v2h-2z"/>`);
