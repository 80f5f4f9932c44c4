/**
 * `<cb-audit-log>`: the security audit log for administrators: who signed in (or failed to), and every
 * change a user or device made through the API, newest first, filtered by action, actor and dates.
 */
import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { messageOf } from '../common/console-api.ts';
import { controls } from '../common/console-styles.ts';
import { listAudit, type AuditEntry, type AuditFilter } from './admin-api.ts';
import { screen } from './admin-styles.ts';

const PAGE = 100;

/** A date input's day, as epoch ms at the start (from) or end (to) of that day in this browser's zone. */
export function dayBound(day: string, end: boolean): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return end ? new Date(y, m - 1, d + 1).getTime() - 1 : new Date(y, m - 1, d).getTime();
}

const OUTCOME = { ok: ['ok', 'Done'], denied: ['bad', 'Denied'], failed: ['warn', 'Failed'] } as const;

@customElement('cb-audit-log')
export class CbAuditLog extends LitElement {
  static override styles = [
    controls,
    screen,
    css`
      .filters {
        display: flex;
        flex-wrap: wrap;
        align-items: end;
        gap: 12px;
        padding: 16px 20px;
      }
      .filters .field {
        min-width: 160px;
      }
      td.when {
        white-space: nowrap;
      }
      td code {
        font-size: 13px;
        overflow-wrap: anywhere;
      }
    `,
  ];

  @state() private entries: AuditEntry[] | null = null;
  @state() private error = '';
  @state() private more = false;
  private filter: { action: string; actor: string; from: string; to: string } = { action: '', actor: '', from: '', to: '' };

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private query(limit: number): AuditFilter {
    const f = this.filter;
    return {
      limit,
      ...(f.action.trim() ? { action: f.action.trim() } : {}),
      ...(f.actor.trim() ? { actor: f.actor.trim() } : {}),
      from: dayBound(f.from, false),
      to: dayBound(f.to, true),
    };
  }

  /** Loads the first page, or `limit` entries when showing more (the log is append-only, newest first). */
  private async load(limit = PAGE): Promise<void> {
    this.error = '';
    try {
      const entries = await listAudit(this.query(limit + 1));
      this.more = entries.length > limit;
      this.entries = entries.slice(0, limit);
    } catch (error) {
      this.error = messageOf(error);
    }
  }

  private search(e: SubmitEvent): void {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    const text = (name: string) => String(data.get(name) ?? '');
    this.filter = { action: text('action'), actor: text('actor'), from: text('from'), to: text('to') };
    void this.load();
  }

  override render() {
    return html`
      <div class="page-head">
        <div>
          <h1>Audit log</h1>
          <p>Sign-ins, and every change made by a person or a device: calls, transfers, announcements, settings, pairing, uploads. Entries cannot be edited or deleted.</p>
        </div>
      </div>
      <form class="filters card" role="search" aria-label="Filter the audit log" @submit=${this.search}>
        <label class="field">Action contains <input name="action" maxlength="80" placeholder="login, transfer…" /></label>
        <label class="field">Who <input name="actor" maxlength="80" placeholder="user name, device or id" /></label>
        <label class="field">From <input name="from" type="date" /></label>
        <label class="field">To <input name="to" type="date" /></label>
        <button class="primary" type="submit">Show</button>
      </form>
      <div class="alert" role="alert">${this.error}</div>
      <div class="card table-card">${this.entries === null ? html`<p class="empty-state" role="status">Loading the audit log…</p>` : this.table(this.entries)}</div>
      ${this.more ? html`<button @click=${() => this.load((this.entries?.length ?? 0) + PAGE)}>Show ${PAGE} more</button>` : ''}
    `;
  }

  private table(entries: AuditEntry[]) {
    if (entries.length === 0) return html`<p class="empty-state" role="status">Nothing matches these filters.</p>`;
    const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
    return html`<table>
      <caption class="sr-only">Audit log entries, newest first</caption>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Who</th>
          <th scope="col">Action</th>
          <th scope="col">Outcome</th>
          <th scope="col">Address</th>
        </tr>
      </thead>
      <tbody>
        ${entries.map((e) => {
          const [tone, label] = OUTCOME[e.outcome as keyof typeof OUTCOME] ?? ['info', e.outcome];
          return html`<tr data-testid="audit-row">
            <td class="when num">${when.format(e.at)}</td>
            <td>
              <div>${e.actorName ?? (e.actorKind === 'anonymous' ? 'Nobody signed in' : `#${e.actorId ?? '?'}`)}</div>
              <div class="hint">${e.actorKind === 'device' ? 'Device' : e.actorKind === 'user' ? 'User' : e.actorKind === 'anonymous' ? 'Anonymous' : e.actorKind}</div>
            </td>
            <td><code>${e.action}</code>${e.target && !e.action.endsWith(e.target) ? html`<div class="hint"><code>${e.target}</code></div>` : ''}</td>
            <td><span class="pill ${tone}">${label}</span></td>
            <td class="num">${e.ip ?? '—'}</td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-audit-log': CbAuditLog;
  }
}
