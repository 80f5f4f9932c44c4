/** `<cb-counter-list>`: the branch's counters with the services each serves, in order; add and edit via `<cb-counter-editor>`. */
import { LitElement, css, html } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { messageOf } from '../common/console-api.ts';
import { controls } from '../common/console-styles.ts';
import { localizedName } from '../common/format.ts';
import { listCounters, listServices, type AdminBranch, type AdminCounter, type AdminService } from './admin-api.ts';
import { screen } from './admin-styles.ts';
import type { CbCounterEditor } from './cb-counter-editor.ts';
import './cb-counter-editor.ts';

const STATUS = { open: ['ok', 'Open'], paused: ['warn', 'Paused'], closed: ['', 'Closed'] } as const;

@customElement('cb-counter-list')
export class CbCounterList extends LitElement {
  static override styles = [
    controls,
    screen,
    css`
      ol {
        display: flex;
        flex-wrap: wrap;
        gap: 6px;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .chip {
        display: inline-flex;
        align-items: center;
        gap: 6px;
        padding: 2px 10px 2px 4px;
        border: 1px solid var(--c-border);
        border-radius: 999px;
        background: var(--c-subtle);
        font-size: 14px;
      }
      .chip .prefix {
        width: 24px;
        height: 24px;
        border-radius: 999px;
        font-size: 13px;
      }
    `,
  ];

  @property({ attribute: false }) branch!: AdminBranch;
  @state() private counters: AdminCounter[] | null = null;
  @state() private services: AdminService[] = [];
  @state() private error = '';
  @state() private notice = '';
  @query('cb-counter-editor') private editor!: CbCounterEditor;
  private loadedFor = 0;

  override willUpdate(): void {
    if (this.branch.id !== this.loadedFor) {
      this.loadedFor = this.branch.id;
      this.counters = null;
      void this.load();
    }
  }

  private async load(): Promise<void> {
    try {
      const [counters, services] = await Promise.all([listCounters(this.branch.id), listServices(this.branch.id)]);
      this.services = services.sort((a, b) => a.sortOrder - b.sortOrder || a.prefix.localeCompare(b.prefix));
      this.counters = counters.sort((a, b) => a.number - b.number);
    } catch (error) {
      this.error = messageOf(error);
    }
  }

  override render() {
    const counters = this.counters;
    const next = counters?.length ? Math.max(...counters.map((c) => c.number)) + 1 : 1;
    return html`
      <div class="page-head">
        <div>
          <h1>Counters</h1>
          <p>The desks where visitors are served. The order of a counter’s services decides whom “Call next” picks.</p>
        </div>
        <button class="primary" @click=${() => this.editor.open(this.branch, this.services, null, next)}>Add counter</button>
      </div>
      <div class="alert" role="alert">${this.error}</div>
      <div class="notice" role="status">${this.notice}</div>
      <div class="card table-card">
        ${counters === null
          ? html`<p class="empty-state" role="status">Loading counters…</p>`
          : counters.length === 0
            ? html`<p class="empty-state">No counters yet. Add one for each desk that calls visitors.</p>`
            : this.table(counters)}
      </div>
      <cb-counter-editor @cb-counter-saved=${this.saved}></cb-counter-editor>
    `;
  }

  private table(counters: AdminCounter[]) {
    const byId = new Map(this.services.map((s) => [s.id, s]));
    return html`<table>
      <thead>
        <tr>
          <th scope="col">No.</th>
          <th scope="col">Name</th>
          <th scope="col">Services, in order of preference</th>
          <th scope="col">Now</th>
          <th scope="col"><span class="sr-only">Actions</span></th>
        </tr>
      </thead>
      <tbody>
        ${counters.map(
          (c) => html`<tr data-testid="counter-row">
            <td class="num">${c.number}</td>
            <td>${c.name}</td>
            <td>
              ${c.serviceIds.length
                ? html`<ol>
                    ${c.serviceIds.map((id) => byId.get(id)).map((s) =>
                      s
                        ? html`<li class="chip"><span class="prefix">${s.prefix}</span>${localizedName(s.names, this.branch.languages[0] ?? 'en', this.branch.languages)}</li>`
                        : '',
                    )}
                  </ol>`
                : html`<span class="muted">No services</span>`}
            </td>
            <td><span class="pill ${STATUS[c.status][0]}">${STATUS[c.status][1]}</span></td>
            <td>
              <div class="row-actions">
                <button class="small" aria-label="Edit ${c.name}" @click=${() => this.editor.open(this.branch, this.services, c)}>Edit</button>
              </div>
            </td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private readonly saved = async (event: CustomEvent<AdminCounter>): Promise<void> => {
    const existed = this.counters?.some((c) => c.id === event.detail.id);
    this.notice = `${event.detail.name} ${existed ? 'saved' : 'added'}.`;
    this.error = '';
    await this.load();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-counter-list': CbCounterList;
  }
}
