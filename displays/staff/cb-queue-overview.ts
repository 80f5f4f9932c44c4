/** `<cb-queue-overview>`: per service this counter serves, how many wait and how long the longest has waited. */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { BranchSnapshot, WireCounter } from '../../shared/model.ts';
import { controls } from '../common/console-styles.ts';
import { counterQueues, formatWait, serviceName, type QueueRow } from './counter-view.ts';
import { panel } from './staff-styles.ts';

@customElement('cb-queue-overview')
export class CbQueueOverview extends LitElement {
  static override styles = [
    controls,
    panel,
    css`
      .tiles {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(180px, 1fr));
        gap: 12px;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .tile {
        display: grid;
        gap: 4px;
        padding: 14px 16px;
        border: 1px solid var(--c-border);
        border-inline-start: 4px solid var(--c-primary);
        border-radius: 10px;
        background: var(--c-subtle);
      }
      .tile.long {
        border-inline-start-color: var(--c-danger);
      }
      .tile.direct {
        border-inline-start-color: var(--c-success);
      }
      .name {
        font-weight: 700;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      .numbers {
        display: flex;
        align-items: baseline;
        justify-content: space-between;
        gap: 8px;
      }
      .count {
        font-size: 30px;
        font-weight: 800;
        font-variant-numeric: tabular-nums;
        line-height: 1.1;
      }
      .wait {
        color: var(--c-muted);
        font-size: 13px;
        text-align: end;
      }
      .tile.long .wait {
        color: var(--c-danger-text);
        font-weight: 700;
      }
    `,
  ];

  @property({ attribute: false }) snapshot!: BranchSnapshot;
  @property({ attribute: false }) counter!: WireCounter;
  @property({ type: Number }) serverNow = 0;

  override render() {
    const rows = counterQueues(this.snapshot, this.counter, this.serverNow);
    const total = rows.reduce((n, r) => n + r.waiting, 0);
    return html`<section class="card" aria-labelledby="queues-title">
      <div class="head">
        <h2 id="queues-title">Queues for this counter</h2>
        <span class="pill">${total} waiting</span>
      </div>
      ${rows.length
        ? html`<ul class="tiles">${rows.map((row) => this.tile(row))}</ul>`
        : html`<p class="empty">This counter serves no service. An administrator can assign services to it.</p>`}
    </section>`;
  }

  private tile(row: QueueRow) {
    const target = row.service?.targetWaitMin ?? null;
    const long = target !== null && row.longestWaitMs !== null && row.longestWaitMs > target * 60_000;
    const name = row.service ? `${row.service.prefix} · ${serviceName(this.snapshot, row.service.id)}` : 'Sent to this counter';
    return html`<li class="tile ${long ? 'long' : ''} ${row.service ? '' : 'direct'}" data-testid="queue-tile">
      <span class="name">${name}</span>
      <div class="numbers">
        <span class="count">${row.waiting}<span class="sr-only"> waiting</span></span>
        <span class="wait">
          ${row.longestWaitMs === null ? 'Nobody waiting' : html`Longest wait<br />${formatWait(row.longestWaitMs)}`}
        </span>
      </div>
      ${long ? html`<span class="sub">Over the ${target} min target</span>` : ''}
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-queue-overview': CbQueueOverview;
  }
}
