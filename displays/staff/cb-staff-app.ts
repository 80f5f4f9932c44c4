/** `<cb-staff-app>`: the staff console's shell: session, desk choice, and the live branch connection behind the desk. */
import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { BranchSnapshot } from '../../shared/model.ts';
import { CloseCode } from '../../shared/protocol.ts';
import { messageOf } from '../common/console-api.ts';
import '../common/cb-login-form.ts';
import type { Connection } from '../common/connection.ts';
import type { ConnectionUpdate, LinkState } from '../common/connection-types.ts';
import { consoleTokens, controls } from '../common/console-styles.ts';
import { currentUser, logout, type User } from '../common/session-api.ts';
import { loadChoice, saveChoice, type DeskChoice } from './selection-store.ts';
import { openSessionLink } from './session-link.ts';
import { listBranches, type StaffBranch } from './staff-api.ts';
import './cb-desk-picker.ts';
import './cb-staff-console.ts';

@customElement('cb-staff-app')
export class CbStaffApp extends LitElement {
  static override styles = [
    consoleTokens,
    controls,
    css`
      :host {
        display: block;
        min-height: 100vh;
        background: var(--c-bg);
      }
      .splash {
        display: grid;
        place-items: center;
        min-height: 100vh;
        padding: 24px;
        color: var(--c-muted);
      }
    `,
  ];

  /** Undefined until the server said whether a session exists. */
  @state() private user: User | null | undefined = undefined;
  @state() private branches: StaffBranch[] = [];
  @state() private choice: DeskChoice | null = null;
  @state() private snapshot: BranchSnapshot | null = null;
  @state() private link: LinkState | null = null;
  @state() private offsetMs = 0;
  @state() private fatal = '';
  @state() private loginReason = '';
  @state() private picking = false;
  private connection: Connection | null = null;
  private unsubscribe: () => void = () => {};

  override connectedCallback(): void {
    super.connectedCallback();
    currentUser().then(
      (user) => (user ? this.enter(user) : (this.user = null)),
      (error: unknown) => (this.fatal = messageOf(error)),
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.disconnect();
  }

  override render() {
    if (this.fatal) return html`<p class="splash" role="alert">${this.fatal}</p>`;
    if (this.user === undefined) return html`<p class="splash" role="status">Loading…</p>`;
    if (this.user === null) {
      return html`<cb-login-form product="staff console" .reason=${this.loginReason} @cb-logged-in=${(e: CustomEvent<User>) => this.enter(e.detail)}></cb-login-form>`;
    }
    const counter = this.snapshot?.counters.find((c) => c.id === this.choice?.counterId);
    if (this.picking || !this.snapshot || !counter || this.snapshot.branch.id !== this.choice?.branchId) {
      return html`<cb-desk-picker
        .user=${this.user}
        .branches=${this.branches}
        .choice=${this.choice}
        .snapshot=${this.snapshot?.branch.id === this.choice?.branchId ? this.snapshot : null}
        @cb-desk-chosen=${(e: CustomEvent<DeskChoice>) => this.choose(e.detail)}
        @cb-logout=${this.signOut}
      ></cb-desk-picker>`;
    }
    return html`<cb-staff-console
      .snapshot=${this.snapshot}
      .counterId=${counter.id}
      .user=${this.user}
      .link=${this.link}
      .offsetMs=${this.offsetMs}
      @cb-change-desk=${() => (this.picking = true)}
      @cb-logout=${this.signOut}
    ></cb-staff-console>`;
  }

  private async enter(user: User): Promise<void> {
    try {
      this.branches = await listBranches();
    } catch (error) {
      this.fatal = messageOf(error);
      return;
    }
    this.user = user;
    this.loginReason = '';
    const saved = loadChoice(user.id);
    const branch = this.branches.find((b) => b.id === saved?.branchId) ?? (this.branches.length === 1 ? this.branches[0] : undefined);
    if (branch) this.choose({ branchId: branch.id, counterId: saved?.branchId === branch.id ? saved.counterId : null });
  }

  private choose(choice: DeskChoice): void {
    this.choice = choice;
    this.picking = choice.counterId === null;
    if (this.user) saveChoice(this.user.id, choice);
    if (this.snapshot?.branch.id !== choice.branchId || !this.connection) this.connect(choice.branchId);
  }

  private connect(branchId: number): void {
    this.disconnect();
    const connection = openSessionLink(branchId);
    this.connection = connection;
    this.unsubscribe = connection.subscribe((update) => this.onUpdate(update));
    connection.start();
  }

  private onUpdate(update: ConnectionUpdate): void {
    switch (update.kind) {
      case 'state':
        this.snapshot = update.state;
        return;
      case 'clock':
        this.offsetMs = update.offsetMs;
        return;
      case 'link':
        this.link = update.link;
        // 4001 on a session socket means the session ended (expired, or signed out elsewhere).
        if (update.link.status === 'refused' && update.link.refusedCode === CloseCode.Unauthorized) void this.checkSession();
        return;
      case 'event':
        return;
    }
  }

  private async checkSession(): Promise<void> {
    const user = await currentUser().catch(() => this.user);
    if (user) return;
    this.disconnect();
    this.user = null;
    this.loginReason = 'Your session has ended. Sign in again to continue.';
  }

  private disconnect(): void {
    this.unsubscribe();
    this.unsubscribe = () => {};
    this.connection?.stop();
    this.connection = null;
    this.snapshot = null;
    this.link = null;
  }

  private readonly signOut = async (): Promise<void> => {
    try {
      await logout();
    } catch (error) {
      this.fatal = messageOf(error);
      return;
    }
    this.disconnect();
    this.user = null;
    this.choice = null;
    this.loginReason = 'You have signed out.';
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-staff-app': CbStaffApp;
  }
}
