/**
 * Prometheus metrics (prom-client), one registry per app so tests can run several side by side.
 * Queue figures are observed from published events; gauges are read when scraped.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { QueueEvent } from '../../shared/protocol.ts';
import type { EventPublisher } from '../services/deps.ts';

export interface MetricsSources {
  /** Connected realtime sessions per branch id. */
  connectedByBranch(): Map<number, number>;
  /** Per session, bytes waiting to be written. */
  sendQueueBytes(): number[];
  /** Waiting tickets per branch and service prefix. */
  waiting(): { branchId: number; service: string; count: number }[];
  /** Speech clip requests by cache result, since start. */
  speech?(): { hits: number; misses: number; shared: number; failures: number };
}

export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const calls = new Counter({ name: 'callboard_calls_total', help: 'Tickets called (recalls included)', labelNames: ['branch', 'kind'], registers: [registry] });
  const issued = new Counter({ name: 'callboard_tickets_issued_total', help: 'Tickets issued', labelNames: ['branch'], registers: [registry] });
  const events = new Counter({ name: 'callboard_events_published_total', help: 'Realtime events published', labelNames: ['branch'], registers: [registry] });
  const wait = new Histogram({
    name: 'callboard_wait_seconds',
    help: 'Time from arrival (effective time) to first call',
    labelNames: ['branch'],
    buckets: [30, 60, 120, 300, 600, 900, 1200, 1800, 2700, 3600],
    registers: [registry],
  });
  const service = new Histogram({
    name: 'callboard_service_seconds',
    help: 'Time from call to finish',
    labelNames: ['branch'],
    buckets: [30, 60, 120, 180, 300, 450, 600, 900, 1800],
    registers: [registry],
  });

  let sources: MetricsSources | null = null;
  new Gauge({
    name: 'callboard_displays_connected',
    help: 'Realtime sessions connected, by branch',
    labelNames: ['branch'],
    registers: [registry],
    collect() {
      this.reset();
      for (const [branch, n] of sources?.connectedByBranch() ?? []) this.set({ branch: String(branch) }, n);
    },
  });
  new Gauge({
    name: 'callboard_socket_send_queue_bytes',
    help: 'Bytes waiting to be written to sockets: the largest single queue and the sum',
    labelNames: ['stat'],
    registers: [registry],
    collect() {
      const sizes = sources?.sendQueueBytes() ?? [];
      this.set({ stat: 'max' }, sizes.reduce((m, s) => Math.max(m, s), 0));
      this.set({ stat: 'sum' }, sizes.reduce((a, s) => a + s, 0));
    },
  });
  new Gauge({
    name: 'callboard_tickets_waiting',
    help: 'Tickets waiting, by branch and service',
    labelNames: ['branch', 'service'],
    registers: [registry],
    collect() {
      this.reset();
      for (const w of sources?.waiting() ?? []) this.set({ branch: String(w.branchId), service: w.service }, w.count);
    },
  });

  new Counter({
    name: 'callboard_speech_clips_total',
    help: 'Speech clip requests by result: hit (cache), miss (synthesized), shared (joined a synthesis), failure',
    labelNames: ['result'],
    registers: [registry],
    collect() {
      const s = sources?.speech?.();
      if (!s) return;
      this.reset();
      this.inc({ result: 'hit' }, s.hits);
      this.inc({ result: 'miss' }, s.misses);
      this.inc({ result: 'shared' }, s.shared);
      this.inc({ result: 'failure' }, s.failures);
    },
  });

  function observe(branchId: number, event: QueueEvent, at: number) {
    const branch = String(branchId);
    events.inc({ branch });
    switch (event.kind) {
      case 'ticket_issued':
        issued.inc({ branch });
        break;
      case 'ticket_called':
        calls.inc({ branch, kind: 'call' });
        wait.observe({ branch }, Math.max(0, event.call.at - event.ticket.effectiveAt) / 1000);
        break;
      case 'ticket_recalled':
        calls.inc({ branch, kind: 'recall' });
        break;
      case 'ticket_updated':
        if (event.action === 'done' && event.ticket.calledAt !== null) {
          service.observe({ branch }, Math.max(0, at - event.ticket.calledAt) / 1000);
        }
        break;
      default:
        break;
    }
  }

  return {
    registry,
    setSources(s: MetricsSources) {
      sources = s;
    },
    /** Wraps a publisher so every committed event is counted, once it is on its way to the screens. */
    instrument(inner: EventPublisher, now: () => number): EventPublisher {
      return {
        publish(branchId, list) {
          const at = now();
          inner.publish(branchId, list);
          for (const e of list) observe(branchId, e, at);
        },
      };
    },
    async render(): Promise<{ contentType: string; body: string }> {
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
