/** `<cb-service-list>`: the branch's services at a glance, with adding and editing through `<cb-service-editor>`. */
import { LitElement, html } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { messageOf } from '../common/console-api.ts';
import { controls } from '../common/console-styles.ts';
import { localizedName } from '../common/format.ts';
import { listServices, type AdminBranch, type AdminService } from './admin-api.ts';
import { screen } from './admin-styles.ts';
import type { CbServiceEditor } from './cb-service-editor.ts';
import './cb-service-editor.ts';
import { hoursSummary } from './hours-summary.ts';

@customElement('cb-service-list')
export class CbServiceList extends LitElement {
  static override styles = [controls, screen];

  @property({ attribute: false }) branch!: AdminBranch;
  @state() private services: AdminService[] | null = null;
  @state() private error = '';
  @state() private notice = '';
  @query('cb-service-editor') private editor!: CbServiceEditor;
  private loadedFor = 0;

  override willUpdate(): void {
    if (this.branch.id !== this.loadedFor) {
      this.loadedFor = this.branch.id;
      this.services = null;
      void this.load();
    }
  }

  private async load(): Promise<void> {
    try {
      const services = await listServices(this.branch.id);
      this.services = services.sort((a, b) => a.sortOrder - b.sortOrder || a.prefix.localeCompare(b.prefix));
    } catch (error) {
      this.error = messageOf(error);
    }
  }

  override render() {
    const services = this.services;
    const nextOrder = services?.length ? Math.max(...services.map((s) => s.sortOrder)) + 10 : 10;
    return html`
      <div class="page-head">
        <div>
          <h1>Services</h1>
          <p>What visitors can queue for at ${this.branch.name}. Each service has its own ticket letter.</p>
        </div>
        <button class="primary" @click=${() => this.editor.open(this.branch, null, nextOrder)}>Add service</button>
      </div>
      <div class="alert" role="alert">${this.error}</div>
      <div class="notice" role="status">${this.notice}</div>
      <div class="card table-card">
        ${services === null
          ? html`<p class="empty-state" role="status">Loading services…</p>`
          : services.length === 0
            ? html`<p class="empty-state">No services yet. Add the first one: visitors need a service to take a ticket.</p>`
            : this.table(services)}
      </div>
      <cb-service-editor @cb-service-saved=${this.saved}></cb-service-editor>
    `;
  }

  private table(services: AdminService[]) {
    return html`<table>
      <thead>
        <tr>
          <th scope="col">Letter</th>
          <th scope="col">Name</th>
          <th scope="col">Target wait</th>
          <th scope="col">Opening hours</th>
          <th scope="col">Status</th>
          <th scope="col"><span class="sr-only">Actions</span></th>
        </tr>
      </thead>
      <tbody>
        ${services.map(
          (s) => html`<tr data-testid="service-row">
            <td><span class="prefix">${s.prefix}</span></td>
            <td>
              <div>${localizedName(s.names, this.branch.languages[0] ?? 'en', this.branch.languages)}</div>
              <div class="hint">${Object.entries(s.names).filter(([l]) => l !== this.branch.languages[0]).map(([, n]) => n).join(' · ')}</div>
            </td>
            <td class="num">${s.targetWaitMin} min</td>
            <td>${hoursSummary(s.openingHours)}</td>
            <td>${s.active ? html`<span class="pill ok">Active</span>` : html`<span class="pill">Inactive</span>`}</td>
            <td>
              <div class="row-actions">
                <button class="small" aria-label="Edit service ${s.prefix}" @click=${() => this.editor.open(this.branch, s)}>Edit</button>
              </div>
            </td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private readonly saved = async (event: CustomEvent<AdminService>): Promise<void> => {
    const existed = this.services?.some((s) => s.id === event.detail.id);
    this.notice = `Service ${event.detail.prefix} ${existed ? 'saved' : 'added'}.`;
    this.error = '';
    await this.load();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-service-list': CbServiceList;
  }
}
