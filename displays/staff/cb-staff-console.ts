/** `<cb-staff-console>`: one counter's desk: carries out staff actions, confirms destructive ones, reports failures in words. */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { currentTicketAt } from '../../shared/branch-state.ts';
import type { BranchSnapshot, WireCounter } from '../../shared/model.ts';
import { messageOf } from '../common/console-api.ts';
import type { CbConfirmDialog } from '../common/cb-confirm-dialog.ts';
import '../common/cb-confirm-dialog.ts';
import { controls } from '../common/console-styles.ts';
import type { LinkState } from '../common/connection-types.ts';
import type { User } from '../common/session-api.ts';
import { CALL_NEXT_KEY, type CbCallPanel } from './cb-call-panel.ts';
import type { CbPauseDialog } from './cb-pause-dialog.ts';
import { confirmationFor, perform, requestAction, type StaffAction } from './staff-actions.ts';
import './cb-announce-form.ts';
import './cb-call-panel.ts';
import './cb-pause-dialog.ts';
import './cb-queue-overview.ts';
import './cb-staff-header.ts';
import './cb-ticket-lists.ts';

/** Waits only move on screen once a minute; a 15 s tick keeps them within a quarter of that. */
const TICK_MS = 15_000;

@customElement('cb-staff-console')
export class CbStaffConsole extends LitElement {
  static override styles = [
    controls,
    css`
      :host {
        display: block;
        min-height: 100vh;
      }
      main {
        display: grid;
        gap: 16px;
        max-width: 1440px;
        margin: 0 auto;
        padding: 20px 24px 32px;
      }
      .desk {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: 12px;
      }
      .title {
        display: flex;
        align-items: center;
        gap: 12px;
      }
      h1 {
        font-size: 26px;
        font-weight: 800;
      }
      .desk-actions {
        display: flex;
        gap: 8px;
      }
      .alert button {
        margin-inline-start: auto;
        min-height: 30px;
        border-color: currentColor;
        background: transparent;
        color: inherit;
      }
      .grid {
        display: grid;
        grid-template-columns: minmax(0, 1.3fr) minmax(0, 1fr);
        gap: 16px;
        align-items: start;
      }
      .column {
        display: grid;
        gap: 16px;
      }
      @media (max-width: 1023px) {
        main {
          padding: 16px;
        }
        .grid {
          grid-template-columns: minmax(0, 1fr);
        }
      }
    `,
  ];

  @property({ attribute: false }) snapshot!: BranchSnapshot;
  @property({ type: Number }) counterId = 0;
  @property({ attribute: false }) user: User | null = null;
  @property({ attribute: false }) link: LinkState | null = null;
  /** Server time minus local time. */
  @property({ type: Number }) offsetMs = 0;

  @state() private error = '';
  @state() private notice = '';
  @state() private busy = false;
  @state() private now = Date.now();
  @query('cb-confirm-dialog') private confirmDialog!: CbConfirmDialog;
  @query('cb-pause-dialog') private pauseDialog!: CbPauseDialog;
  @query('cb-call-panel') private callPanel!: CbCallPanel;
  private timer: ReturnType<typeof setInterval> | undefined;
  /** Set after an action: if it removed the focused button, focus returns to "Call next" rather than the page. */
  private refocus = false;

  constructor() {
    super();
    this.addEventListener('cb-staff-action', (e) => {
      e.stopPropagation();
      void this.run(e.detail);
    });
    // A click elsewhere is the user choosing where focus goes.
    this.addEventListener('pointerdown', () => (this.refocus = false));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.timer = setInterval(() => (this.now = Date.now()), TICK_MS);
    addEventListener('keydown', this.onKey);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.timer);
    removeEventListener('keydown', this.onKey);
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('snapshot')) this.now = Date.now();
  }

  override updated(): void {
    if (!this.refocus) return;
    requestAnimationFrame(() => {
      if (this.refocus && document.activeElement === document.body) {
        this.refocus = false;
        this.callPanel?.focusCallNext();
      }
    });
  }

  private get counter(): WireCounter | undefined {
    return this.snapshot.counters.find((c) => c.id === this.counterId);
  }

  override render() {
    const counter = this.counter;
    if (!counter) return nothing;
    const serverNow = this.now + this.offsetMs;
    const ticket = currentTicketAt(this.snapshot, counter.id) ?? null;
    return html`
      <cb-staff-header .branchName=${this.snapshot.branch.name} .link=${this.link} .user=${this.user} canChangeDesk></cb-staff-header>
      <main aria-busy=${this.busy ? 'true' : 'false'}>
        <div class="desk">
          <div class="title">
            <h1>${counter.name}</h1>
            ${this.statusPill(counter)}
          </div>
          <div class="desk-actions">${this.statusButtons(counter)}</div>
        </div>
        <div class="alert" role="alert">${this.error
          ? html`<span>${this.error}</span><button class="small" @click=${() => (this.error = '')}>Dismiss</button>`
          : nothing}</div>
        <div class="notice" role="status">${this.notice}</div>
        <div class="grid">
          <div class="column">
            <cb-call-panel .snapshot=${this.snapshot} .counter=${counter} .ticket=${ticket} .serverNow=${serverNow}></cb-call-panel>
            <cb-queue-overview .snapshot=${this.snapshot} .counter=${counter} .serverNow=${serverNow}></cb-queue-overview>
          </div>
          <div class="column">
            <cb-ticket-lists .snapshot=${this.snapshot} .counter=${counter} .serverNow=${serverNow}></cb-ticket-lists>
            <cb-announce-form .branch=${this.snapshot.branch}></cb-announce-form>
          </div>
        </div>
      </main>
      <cb-confirm-dialog></cb-confirm-dialog>
      <cb-pause-dialog></cb-pause-dialog>
    `;
  }

  private statusPill(counter: WireCounter) {
    if (counter.status === 'open') return html`<span class="pill ok" data-testid="counter-status">Open</span>`;
    if (counter.status === 'closed') return html`<span class="pill bad" data-testid="counter-status">Closed</span>`;
    return html`<span class="pill warn" data-testid="counter-status">Paused${counter.pauseReason ? ` · ${counter.pauseReason}` : ''}</span>`;
  }

  private statusButtons(counter: WireCounter) {
    const status = (s: 'open' | 'closed') => () => requestAction(this, { kind: 'status', status: s, reason: null });
    return html`
      ${counter.status === 'open' ? html`<button @click=${() => this.pauseDialog.open()}>Pause…</button>` : nothing}
      ${counter.status === 'paused' ? html`<button class="primary" @click=${status('open')}>Resume</button>` : nothing}
      ${counter.status === 'closed' ? html`<button class="primary" @click=${status('open')}>Open counter</button>` : nothing}
      ${counter.status !== 'closed' ? html`<button class="danger" @click=${status('closed')}>Close counter</button>` : nothing}
    `;
  }

  private readonly onKey = (event: KeyboardEvent): void => {
    if (event.key !== CALL_NEXT_KEY || event.altKey || event.ctrlKey || event.metaKey) return;
    // The browser's own F1 (help) must not open over the desk.
    event.preventDefault();
    if (event.repeat || event.composedPath().some((node) => node instanceof HTMLDialogElement)) return;
    requestAction(this, { kind: 'call-next' });
  };

  private async run(action: StaffAction): Promise<void> {
    const counter = this.counter;
    // One action at a time: a double press of "Call next" must not call two visitors.
    if (!counter || this.busy) return;
    const confirmation = confirmationFor(action, counter.name);
    if (confirmation && !(await this.confirmDialog.ask(confirmation))) return;
    this.busy = true;
    this.error = '';
    this.notice = '';
    try {
      this.notice = (await perform(action, counter.id)) ?? '';
    } catch (error) {
      this.error = messageOf(error);
    } finally {
      this.busy = false;
      this.refocus = true;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-staff-console': CbStaffConsole;
  }
}
