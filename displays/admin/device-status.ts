/** How a display's live state reads in the admin: online or last seen when, and whether it can make sound. */
import { formatTime } from '../common/format.ts';
import type { Device } from './admin-api.ts';

export const SOUND_BLOCKED_HELP =
  'Sound blocked: tap the screen or start Chromium with --autoplay-policy=no-user-gesture-required';

/** "just now", "12 min ago", "3 h ago", else the date and time in the branch's zone. */
export function lastSeen(at: number | null, now: number, timeZone: string): string {
  if (at === null) return 'Never connected';
  const minutes = Math.floor(Math.max(0, now - at) / 60_000);
  if (minutes < 1) return 'Last seen just now';
  if (minutes < 60) return `Last seen ${minutes} min ago`;
  if (minutes < 24 * 60) return `Last seen ${Math.floor(minutes / 60)} h ago`;
  return `Last seen ${formatTime(at, 'en', timeZone, 'date')}, ${formatTime(at, 'en', timeZone, 'time')}`;
}

export function audioLabel(device: Device): { tone: 'ok' | 'warn' | 'bad' | ''; text: string } {
  if (device.kind === 'kiosk') return { tone: '', text: 'No sound needed' };
  switch (device.status?.audio) {
    case 'unlocked':
      return { tone: 'ok', text: 'Sound on' };
    case 'muted':
      return { tone: '', text: 'Muted' };
    case 'blocked':
      return { tone: 'bad', text: 'Sound blocked' };
    default:
      return { tone: '', text: 'Not reported' };
  }
}

export const KIND_LABEL: Record<Device['kind'], string> = { board: 'Waiting-room board', counter: 'Counter display', kiosk: 'Kiosk' };
export const LAYOUT_LABEL: Record<Device['layout'], string> = { auto: 'Automatic', landscape: 'Landscape', portrait: 'Portrait' };
/** The chimes shipped in media/chimes/. */
export const CHIMES = [
  { id: 'ding-dong', label: 'Ding-dong' },
  { id: 'soft-bell', label: 'Soft bell' },
  { id: 'rising-three', label: 'Rising three notes' },
] as const;
