/**
 * Tells the visitor their turn has come by every means the phone allows: a chime, a vibration and a system
 * notification. Each call (and each recall) alerts once; browsers only allow sound, vibration and the
 * notification prompt after a tap, so the page offers buttons for them early.
 */
import type { WireTicket } from '../../shared/model.ts';
import { createHtmlAudioPlayer, type ClipPlayer } from '../common/audio-player.ts';
import { chimeUrl } from '../common/speech.ts';

export type SoundState = 'unknown' | 'unlocked' | 'blocked';
export type NotifyState = NotificationPermission | 'unsupported';

export interface AlertText {
  title: string;
  body: string;
}

const VIBRATION = [400, 200, 400, 200, 800];

export class CallAlert {
  private readonly listeners = new Set<() => void>();
  private lastKey: string | null = null;
  sound: SoundState = 'unknown';
  notify: NotifyState = 'Notification' in globalThis ? Notification.permission : 'unsupported';

  constructor(private readonly player: ClipPlayer = createHtmlAudioPlayer()) {}

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Learns at load whether sound may play unprompted, so "turn on sound" shows before the call, not after it. */
  async probe(): Promise<void> {
    this.setSound(await this.player.probe());
  }

  /** From a tap: the gesture is what lets the chime (and vibration) work later. */
  async enableSound(): Promise<void> {
    this.setSound(await this.player.probe());
  }

  /** From a tap: browsers ignore or penalise permission prompts nobody asked for. */
  async enableNotifications(): Promise<void> {
    if (this.notify === 'unsupported') return;
    this.notify = await Notification.requestPermission();
    this.changed();
  }

  /** Alerts when the ticket is being called and this call (or recall) has not been alerted yet. */
  update(ticket: WireTicket, text: AlertText): boolean {
    if (ticket.status !== 'called') return false;
    const key = `${ticket.id}:${ticket.calledAt}:${ticket.recallCount}`;
    if (key === this.lastKey) return false;
    this.lastKey = key;
    void this.player.play(chimeUrl('ding-dong'), 1).then((outcome) => this.setSound(outcome));
    navigator.vibrate?.(VIBRATION);
    void this.showNotification(text);
    return true;
  }

  dispose(): void {
    this.player.stop();
    this.listeners.clear();
  }

  private async showNotification(text: AlertText): Promise<void> {
    // The page itself is showing the call; the notification is for a phone in a pocket.
    if (this.notify !== 'granted' || document.visibilityState === 'visible') return;
    const options: NotificationOptions = { body: text.body, tag: 'callboard-call', requireInteraction: true };
    try {
      // Android's Chrome only shows notifications through a service worker registration.
      const registration = await navigator.serviceWorker?.getRegistration();
      if (registration) return await registration.showNotification(text.title, options);
      const notification = new Notification(text.title, options);
      notification.onclick = () => {
        window.focus();
        notification.close();
      };
    } catch (error) {
      console.warn('[phone] notification not shown', error);
    }
  }

  private setSound(outcome: 'ended' | 'failed' | 'blocked'): void {
    // A failed clip (a missing file) says nothing about permission.
    if (outcome === 'failed') return;
    const next: SoundState = outcome === 'blocked' ? 'blocked' : 'unlocked';
    if (next === this.sound) return;
    this.sound = next;
    this.changed();
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}
