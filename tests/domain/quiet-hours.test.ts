import { describe, expect, it } from 'vitest';
import { effectiveVolume } from '../../shared/quiet-hours.ts';

const at = (hour: number, minute = 0) => Date.UTC(2026, 11, 4, hour, minute); // UTC = Europe/London in December

describe('quiet hours', () => {
  it('lowers the volume inside a span that crosses midnight, and only there', () => {
    const quiet = { from: '19:00', to: '08:00', volume: 20 };
    expect(effectiveVolume(80, quiet, at(18, 59), 'Europe/London')).toBe(80);
    expect(effectiveVolume(80, quiet, at(19, 0), 'Europe/London')).toBe(20);
    expect(effectiveVolume(80, quiet, at(3, 0), 'Europe/London')).toBe(20);
    expect(effectiveVolume(80, quiet, at(8, 0), 'Europe/London')).toBe(80);
  });

  it('uses the branch time zone, and never raises a volume set lower', () => {
    const quiet = { from: '12:00', to: '14:00', volume: 30 };
    expect(effectiveVolume(80, quiet, at(11, 30), 'Europe/Madrid')).toBe(30); // 12:30 in Madrid
    expect(effectiveVolume(10, quiet, at(11, 30), 'Europe/Madrid')).toBe(10);
    expect(effectiveVolume(80, null, at(11, 30), 'Europe/Madrid')).toBe(80);
  });
});
