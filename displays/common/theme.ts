/** Turns a branch's theme colours into a screen palette whose every text pair meets WCAG AA (4.5:1). */
import type { WireBranch } from '../../shared/model.ts';

export type Rgb = readonly [number, number, number];

export const AA = 4.5;

const WHITE: Rgb = [255, 255, 255];
const INK: Rgb = [11, 15, 20];
const DEFAULTS = { background: '#0d1b2a', text: '#ffffff', primary: '#1f6feb' };

export interface Palette {
  background: string;
  surface: string;
  text: string;
  muted: string;
  /** Brand colour used as a label on background and surface. */
  accent: string;
  /** The current-call card. */
  primary: string;
  onPrimary: string;
  /** The flash frame of a new call: the card's colours swapped. */
  flash: string;
  onFlash: string;
  alert: string;
  onAlert: string;
}

const channels = (f: (i: 0 | 1 | 2) => number): Rgb => [f(0), f(1), f(2)];

/** Hex (#rgb, #rrggbb) and rgb() colours; anything else yields null so the default applies. */
export function parseColor(value: string | null | undefined): Rgb | null {
  const v = (value ?? '').trim().toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(v);
  if (short) return channels((i) => parseInt(short[i + 1]!.repeat(2), 16));
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/.exec(v);
  if (long) return channels((i) => parseInt(long[i + 1]!, 16));
  const fn = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/.exec(v);
  if (fn) return channels((i) => Math.min(255, Number(fn[i + 1])));
  return null;
}

export function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function luminance(rgb: Rgb): number {
  const [r, g, b] = channels((i) => {
    const s = rgb[i] / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

export function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return channels((i) => a[i] + (b[i] - a[i]) * t);
}

/** Darkens or lightens `color` (away from `against`) just enough to reach `min`, so brand hues survive. */
export function ensureContrast(color: Rgb, against: Rgb, min = AA): Rgb {
  if (contrastRatio(color, against) >= min) return color;
  const towards = luminance(against) > 0.18 ? [INK, WHITE] : [WHITE, INK];
  let best = color;
  for (const target of towards) {
    if (contrastRatio(target, against) < min) continue;
    let lo = 0;
    let hi = 1;
    for (let i = 0; i < 20; i++) {
      const t = (lo + hi) / 2;
      if (contrastRatio(mix(color, target, t), against) >= min) hi = t;
      else lo = t;
    }
    // Rounding to whole channels may lose a hair of contrast; step on until the rounded colour passes.
    for (let t = hi; t <= 1; t += 0.01) {
      const mixed = mix(color, target, t);
      const candidate = channels((i) => Math.round(mixed[i]));
      if (contrastRatio(candidate, against) >= min) return candidate;
    }
    best = target;
  }
  return best;
}

/** Whichever of white or ink reads better on `background`. */
export function textOn(background: Rgb): Rgb {
  return contrastRatio(WHITE, background) >= contrastRatio(INK, background) ? WHITE : INK;
}

export function paletteFor(theme: WireBranch['theme'] | null | undefined): Palette {
  const chosen = parseColor(theme?.background) ?? parseColor(DEFAULTS.background)!;
  // A mid-tone background leaves no room for secondary text or cards: nudge it until black or white reads at 7:1.
  const background = ensureContrast(chosen, textOn(chosen), 7);
  const surface = mix(background, textOn(background), 0.07);
  const readable = (color: Rgb) => ensureContrast(ensureContrast(color, surface), background);
  const text = readable(parseColor(theme?.text) ?? textOn(background));
  const muted = readable(mix(text, background, 0.28));
  const brand = parseColor(theme?.primary) ?? parseColor(DEFAULTS.primary)!;
  const onPrimary = textOn(brand);
  const primary = ensureContrast(brand, onPrimary);
  const accent = readable(brand);
  const alert: Rgb = [180, 35, 24];
  return {
    background: toHex(background),
    surface: toHex(surface),
    text: toHex(text),
    muted: toHex(muted),
    accent: toHex(accent),
    primary: toHex(primary),
    onPrimary: toHex(onPrimary),
    flash: toHex(onPrimary),
    onFlash: toHex(primary),
    alert: toHex(alert),
    onAlert: toHex(WHITE),
  };
}

