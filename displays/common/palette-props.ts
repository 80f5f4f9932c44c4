/** Puts a palette on an element as CSS custom properties through the CSSOM, which a strict Content-Security-Policy allows. */
import type { Palette } from './theme.ts';

/**
 * `setAttribute('style', …)` is an inline style attribute, refused under `style-src` without
 * 'unsafe-inline'; `style.setProperty` is script changing the CSSOM, which the policy does not govern.
 */
export function applyPalette(element: ElementCSSInlineStyle, palette: Palette): void {
  for (const [name, value] of Object.entries(palette)) {
    element.style.setProperty(`--cb-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, value);
  }
}
