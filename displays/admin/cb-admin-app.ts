/** `<cb-admin-app>`: the admin's shell: administrator session, branch choice, and the screen named in the address (#services …). */
import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import '../common/cb-login-form.ts';
import { messageOf } from '../common/console-api.ts';
import { consoleTokens, controls } from '../common/console-styles.ts';
import { currentUser, logout, type User } from '../common/session-api.ts';
import { listBranches, type AdminBranch } from './admin-api.ts';
import { SECTIONS, type Section } from './cb-admin-nav.ts';
import './cb-admin-nav.ts';
import './cb-branch-settings.ts';
import './cb-counter-list.ts';
import './cb-device-list.ts';
import './cb-service-list.ts';
import './cb-user-list.ts';
import './cb-reports-view.ts';
import './cb-staffing-view.ts';
import './cb-signage-view.ts';
import './cb-audit-log.ts';

const BRANCH_KEY = 'callboard:admin:branch';

@customElement('cb-admin-app')
export class CbAdminApp extends LitElement {
  static override styles = [
    consoleTokens,
    controls,
    css`
      :host {
        display: grid;
        grid-template-columns: 248px minmax(0, 1fr);
        min-height: 100vh;
        background: var(--c-bg);
      }
      :host([bare]) {
        display: block;
      }
      main {
        width: 100%;
        max-width: 1180px;
        padding: 28px 32px 48px;
      }
      .splash {
        display: grid;
        place-items: center;
        gap: 16px;
        min-height: 100vh;
        padding: 24px;
        color: var(--c-muted);
        text-align: center;
      }
      @media (max-width: 900px) {
        :host {
          grid-template-columns: minmax(0, 1fr);
          grid-template-rows: auto 1fr;
        }
        main {
          padding: 20px 16px 40px;
        }
      }
    `,
  ];

  @state() private user: User | null | undefined = undefined;
  @state() private branches: AdminBranch[] = [];
  @state() private branchId = 0;
  @state() private section: Section = sectionFromHash();
  @state() private fatal = '';
  @state() private loginReason = '';

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.onHash);
    currentUser().then(
      (user) => (user ? this.enter(user) : (this.user = null)),
      (error: unknown) => (this.fatal = messageOf(error)),
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.onHash);
  }

  override willUpdate(): void {
    // Sign-in and notices fill the page; the side bar appears only for a signed-in administrator.
    this.toggleAttribute('bare', this.user?.role !== 'admin' || !!this.fatal);
  }

  override render() {
    if (this.fatal) return html`<p class="splash" role="alert">${this.fatal}</p>`;
    if (this.user === undefined) return html`<p class="splash" role="status">Loading…</p>`;
    if (this.user === null) {
      return html`<cb-login-form product="admin" .reason=${this.loginReason} @cb-logged-in=${(e: CustomEvent<User>) => this.enter(e.detail)}></cb-login-form>`;
    }
    if (this.user.role !== 'admin') {
      return html`<div class="splash">
        <p role="alert">${this.user.displayName} is a staff account. The admin needs an administrator account.</p>
        <p><a href="/staff/">Open the staff console</a> · <button class="small" @click=${this.signOut}>Sign out</button></p>
      </div>`;
    }
    const branch = this.branches.find((b) => b.id === this.branchId) ?? null;
    return html`
      <cb-admin-nav
        .branches=${this.branches}
        .branchId=${this.branchId}
        .section=${this.section}
        .user=${this.user}
        @cb-branch-picked=${(e: CustomEvent<number>) => this.pickBranch(e.detail)}
        @cb-logout=${this.signOut}
      ></cb-admin-nav>
      <main>${this.screen(branch)}</main>
    `;
  }

  private screen(branch: AdminBranch | null) {
    if (this.section === 'users') return html`<cb-user-list .branches=${this.branches}></cb-user-list>`;
    if (this.section === 'audit') return html`<cb-audit-log></cb-audit-log>`;
    if (!branch || this.section === 'branch') {
      return html`<cb-branch-settings .branch=${branch} @cb-branch-saved=${(e: CustomEvent<AdminBranch>) => this.saved(e.detail)}></cb-branch-settings>`;
    }
    switch (this.section) {
      case 'services':
        return html`<cb-service-list .branch=${branch}></cb-service-list>`;
      case 'counters':
        return html`<cb-counter-list .branch=${branch}></cb-counter-list>`;
      case 'displays':
        return html`<cb-device-list .branch=${branch}></cb-device-list>`;
      case 'signage':
        return html`<cb-signage-view .branch=${branch}></cb-signage-view>`;
      case 'reports':
        return html`<cb-reports-view .branch=${branch}></cb-reports-view>`;
      case 'staffing':
        return html`<cb-staffing-view .branch=${branch}></cb-staffing-view>`;
    }
  }

  private async enter(user: User): Promise<void> {
    this.loginReason = '';
    if (user.role === 'admin') {
      try {
        this.branches = await listBranches();
      } catch (error) {
        this.fatal = messageOf(error);
        return;
      }
      const stored = Number(localStorage.getItem(BRANCH_KEY));
      this.branchId = (this.branches.find((b) => b.id === stored) ?? this.branches[0])?.id ?? 0;
    }
    this.user = user;
  }

  private pickBranch(id: number): void {
    this.branchId = id;
    localStorage.setItem(BRANCH_KEY, String(id));
  }

  private saved(branch: AdminBranch): void {
    const known = this.branches.some((b) => b.id === branch.id);
    this.branches = known ? this.branches.map((b) => (b.id === branch.id ? branch : b)) : [...this.branches, branch];
    this.pickBranch(branch.id);
  }

  private readonly onHash = (): void => {
    this.section = sectionFromHash();
  };

  private readonly signOut = async (): Promise<void> => {
    try {
      await logout();
    } catch (error) {
      this.fatal = messageOf(error);
      return;
    }
    this.user = null;
    this.loginReason = 'You have signed out.';
  };
}

function sectionFromHash(): Section {
  const id = location.hash.replace(/^#/, '');
  return SECTIONS.find((s) => s.id === id)?.id ?? 'branch';
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-admin-app': CbAdminApp;
  }
}
