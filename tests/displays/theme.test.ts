/** Board colours: whatever a branch picks, every text pair on screen reaches WCAG AA. */
import { describe, expect, it } from 'vitest';
import { AA, contrastRatio, paletteFor, parseColor } from '../../displays/common/theme.ts';

const themes = [
  { name: 'default', theme: null },
  { name: 'navy and blue', theme: { primary: '#1f6feb', background: '#0d1b2a', text: '#ffffff', logoUrl: null } },
  { name: 'white with yellow brand', theme: { primary: '#ffd400', background: '#ffffff', text: '#999999', logoUrl: null } },
  { name: 'mid grey clash', theme: { primary: '#808080', background: '#777777', text: '#888888', logoUrl: null } },
  { name: 'green on black', theme: { primary: '#00a86b', background: '#000', text: '#0f0', logoUrl: null } },
  { name: 'unparseable', theme: { primary: 'tomato', background: 'var(--x)', text: '', logoUrl: null } },
];

describe('palette', () => {
  for (const { name, theme } of themes) {
    it(`keeps every text pair at AA or better: ${name}`, () => {
      const p = paletteFor(theme);
      const pairs: [string, string][] = [
        [p.text, p.background],
        [p.text, p.surface],
        [p.muted, p.surface],
        [p.muted, p.background],
        [p.accent, p.surface],
        [p.accent, p.background],
        [p.onPrimary, p.primary],
        [p.onFlash, p.flash],
        [p.onAlert, p.alert],
      ];
      for (const [fg, bg] of pairs) expect(contrastRatio(parseColor(fg)!, parseColor(bg)!)).toBeGreaterThanOrEqual(AA);
    });
  }

  it('keeps a brand colour that already reads well', () => {
    expect(paletteFor({ primary: '#0b3d91', background: '#ffffff', text: '#111111', logoUrl: null }).primary).toBe('#0b3d91');
  });
});
