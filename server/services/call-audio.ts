/**
 * Audio side effects of committed queue events: pre-synthesizing the announcement each open counter
 * is likely to make next (so its audio is ready before it is needed), and speaking calls on the host's
 * speakers for branches that wire a PA system to the server.
 */
import type { QueueEvent } from '../../shared/protocol.ts';
import { pickNext } from '../domain/call-next.ts';
import type { Logger } from '../observability/logger.ts';
import { announcementLanguages, callPlainText, speakOnHost, type Speech, type SpeechRequest } from '../speech/index.ts';
import type { ServiceDeps } from './deps.ts';

export function createCallAudio(deps: ServiceDeps, speech: Speech, log: Logger, delayMs = 200) {
  const { setup, tickets } = deps.repos;
  const pending = new Map<number, NodeJS.Timeout>();
  // One host announcement at a time, in order: a PA must not talk over itself.
  let hostQueue: Promise<void> = Promise.resolve();

  function prewarmBranch(branchId: number) {
    pending.delete(branchId);
    const branch = setup.getBranch(branchId);
    if (!branch) return;
    const now = deps.now();
    const requests: SpeechRequest[] = [];
    for (const counter of setup.listCounters(branchId)) {
      if (counter.status !== 'open') continue;
      const next = pickNext(tickets.queueHeads(branchId, counter.serviceIds, counter.id), counter, now);
      if (!next) continue;
      for (const language of announcementLanguages(next.language, branch.languages)) {
        requests.push({ kind: 'call', language, code: next.code, counter: String(counter.number) });
      }
    }
    speech.prewarm(requests);
  }

  function speakOnHostSpeakers(branchId: number, event: Extract<QueueEvent, { kind: 'ticket_called' | 'ticket_recalled' }>) {
    const branch = setup.getBranch(branchId);
    if (!branch || branch.speechOutput !== 'server') return;
    const words = { code: event.call.code, counter: String(event.call.counterNumber) };
    for (const language of announcementLanguages(event.call.language, branch.languages)) {
      hostQueue = hostQueue
        .then(() => speakOnHost(callPlainText(language, words)))
        .catch((err: unknown) => log.warn({ err, branchId }, 'host speaker failed; the call is still shown on screens'));
    }
  }

  return {
    onEvents(branchId: number, events: QueueEvent[]) {
      let queueChanged = false;
      for (const e of events) {
        if (e.kind === 'ticket_called' || e.kind === 'ticket_recalled') speakOnHostSpeakers(branchId, e);
        if (e.kind !== 'stats' && e.kind !== 'announcement') queueChanged = true;
      }
      if (queueChanged && !pending.has(branchId)) {
        pending.set(branchId, setTimeout(() => prewarmBranch(branchId), delayMs).unref());
      }
    },
    close() {
      for (const t of pending.values()) clearTimeout(t);
      pending.clear();
    },
  };
}
