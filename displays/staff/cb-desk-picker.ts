/** `<cb-desk-picker>`: choose the branch and the counter to work at; counters come live from the branch snapshot. */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { BranchSnapshot, WireCounter } from '../../shared/model.ts';
import { controls } from '../common/console-styles.ts';
import type { User } from '../common/session-api.ts';
import { serviceName } from './counter-view.ts';
import type { DeskChoice } from './selection-store.ts';
import type { StaffBranch } from './staff-api.ts';
import './cb-staff-header.ts';

@customElement('cb-desk-picker')
export class CbDeskPicker extends LitElement {
  static override styles = [
    controls,
    css`
      main {
        display: grid;
        gap: 20px;
        max-width: 960px;
        margin: 0 auto;
        padding: 32px 24px;
      }
      .intro {
        display: flex;
        flex-wrap: wrap;
        align-items: flex-end;
        justify-content: space-between;
        gap: 12px;
      }
      h1 {
        font-size: 26px;
        font-weight: 800;
      }
      .lead {
        color: var(--c-muted);
      }
      .branch {
        max-width: 420px;
      }
      ul {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(260px, 1fr));
        gap: 14px;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      button.counter {
        display: grid;
        justify-items: start;
        justify-content: stretch;
        align-content: start;
        gap: 8px;
        width: 100%;
        min-height: 132px;
        padding: 18px;
        border: 1px solid var(--c-border);
        border-radius: var(--radius);
        background: var(--c-surface);
        box-shadow: var(--shadow);
        text-align: start;
        white-space: normal;
      }
      button.counter:hover {
        border-color: var(--c-primary);
      }
      button.counter.current {
        border: 2px solid var(--c-primary);
      }
      .name {
        font-size: 19px;
        font-weight: 800;
      }
      .services {
        color: var(--c-muted);
        font-weight: 500;
      }
    `,
  ];

  @property({ attribute: false }) user: User | null = null;
  @property({ attribute: false }) branches: StaffBranch[] = [];
  @property({ attribute: false }) choice: DeskChoice | null = null;
  /** The chosen branch's live state; null while it loads. */
  @property({ attribute: false }) snapshot: BranchSnapshot | null = null;

  override render() {
    const branch = this.branches.find((b) => b.id === this.choice?.branchId);
    return html`
      <cb-staff-header .branchName=${branch?.name ?? ''} .user=${this.user}></cb-staff-header>
      <main>
        <div class="intro">
          <div>
            <h1>Where are you working today?</h1>
            <p class="lead">The console remembers your choice on this computer.</p>
          </div>
          ${this.backButton()}
        </div>
        ${this.branches.length === 0
          ? html`<p class="warning" role="alert">Your account has no branch. Ask an administrator to assign you to one.</p>`
          : nothing}
        ${this.branches.length > 1 ? this.branchSelect() : nothing}
        ${branch ? this.counters() : nothing}
      </main>
    `;
  }

  /** When the desk was changed on purpose, going back to it is one click. */
  private backButton() {
    const counter = this.snapshot?.counters.find((c) => c.id === this.choice?.counterId);
    if (!this.snapshot || !counter) return nothing;
    return html`<button @click=${() => this.choose(this.snapshot!.branch.id, counter.id)}>Back to ${counter.name}</button>`;
  }

  private branchSelect() {
    return html`<div class="field branch">
      <label for="branch">Branch</label>
      <select id="branch" @change=${(e: Event) => this.choose(Number((e.target as HTMLSelectElement).value), null)}>
        <option value="" ?selected=${!this.choice}>Choose a branch</option>
        ${this.branches.map((b) => html`<option value=${b.id} ?selected=${b.id === this.choice?.branchId}>${b.name}</option>`)}
      </select>
    </div>`;
  }

  private counters() {
    const snapshot = this.snapshot;
    if (!snapshot) return html`<p class="lead" role="status">Loading the counters…</p>`;
    const counters = [...snapshot.counters].sort((a, b) => a.number - b.number);
    if (counters.length === 0) return html`<p class="warning">This branch has no counters yet.</p>`;
    return html`<section aria-labelledby="counters-title">
      <h2 id="counters-title" class="sr-only">Counters</h2>
      <ul>
        ${counters.map((c) => html`<li>${this.counterButton(snapshot, c)}</li>`)}
      </ul>
    </section>`;
  }

  private counterButton(snapshot: BranchSnapshot, c: WireCounter) {
    const status = { open: ['ok', 'Open'], paused: ['warn', 'Paused'], closed: ['bad', 'Closed'] }[c.status];
    const services = c.serviceIds.map((id) => serviceName(snapshot, id)).join(', ');
    return html`<button class="counter ${c.id === this.choice?.counterId ? 'current' : ''}" @click=${() => this.choose(snapshot.branch.id, c.id)}>
      <span class="name">${c.name}</span>
      <span class="pill ${status[0]}">${status[1]}</span>
      <span class="services">${services || 'No services yet'}</span>
    </button>`;
  }

  private choose(branchId: number, counterId: number | null): void {
    if (!Number.isInteger(branchId) || branchId <= 0) return;
    this.dispatchEvent(new CustomEvent('cb-desk-chosen', { detail: { branchId, counterId }, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-desk-picker': CbDeskPicker;
  }
  interface HTMLElementEventMap {
    'cb-desk-chosen': CustomEvent<DeskChoice>;
  }
}
