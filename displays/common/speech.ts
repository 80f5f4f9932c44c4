/** Which audio clips announce a call or an announcement, and in which languages: pure, so the order is testable. */
import type { CallRecord } from '../../shared/model.ts';
import type { Announcement } from '../../shared/protocol.ts';

import { speechLanguages } from '../../shared/speech-order.ts';

export { speechLanguages };

export function chimeUrl(name: string): string {
  return `/media/chimes/${encodeURIComponent(name)}.wav`;
}

export function callSpeechUrl(call: Pick<CallRecord, 'code' | 'counterId'>, lang: string): string {
  const query = new URLSearchParams({ code: call.code, counter: String(call.counterId), lang });
  return `/speech/call.wav?${query}`;
}

export function announcementSpeechUrl(announcement: Pick<Announcement, 'id'>, lang: string): string {
  return `/speech/announcement/${encodeURIComponent(announcement.id)}.wav?${new URLSearchParams({ lang })}`;
}

/** The clips of one call, in playing order: the chime, then the call in each language. */
export function callClips(call: CallRecord, displayLanguages: readonly string[], chime: string | null): string[] {
  const speech = speechLanguages(call.language, displayLanguages).map((lang) => callSpeechUrl(call, lang));
  return chime ? [chimeUrl(chime), ...speech] : speech;
}

/** An announcement is written in one language, so it is spoken in that one only. */
export function announcementClips(announcement: Announcement, chime: string | null): string[] {
  const speech = announcementSpeechUrl(announcement, announcement.language);
  return chime ? [chimeUrl(chime), speech] : [speech];
}
