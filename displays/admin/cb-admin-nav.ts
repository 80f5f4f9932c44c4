/** `<cb-admin-nav>`: the admin's side bar: branch switcher, the screens, who is signed in. */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { controls } from '../common/console-styles.ts';
import type { User } from '../common/session-api.ts';
import type { AdminBranch } from './admin-api.ts';

export const SECTIONS = [
  { id: 'branch', label: 'Branch settings' },
  { id: 'services', label: 'Services' },
  { id: 'counters', label: 'Counters' },
  { id: 'displays', label: 'Displays' },
  { id: 'signage', label: 'Signage' },
  { id: 'reports', label: 'Reports' },
  { id: 'staffing', label: 'Staffing' },
  { id: 'users', label: 'Users' },
  { id: 'audit', label: 'Audit log' },
] as const;
export type Section = (typeof SECTIONS)[number]['id'];

@customElement('cb-admin-nav')
export class CbAdminNav extends LitElement {
  static override styles = [
    controls,
    css`
      :host {
        display: block;
        background: var(--c-nav);
      }
      header {
        position: sticky;
        top: 0;
        display: flex;
        flex-direction: column;
        min-height: 100vh;
        gap: 20px;
        padding: 20px 16px;
        background: var(--c-nav);
        color: var(--c-on-nav);
      }
      .brand {
        display: flex;
        align-items: center;
        gap: 10px;
        padding: 0 8px;
        font-size: 17px;
        font-weight: 800;
      }
      .brand small {
        color: var(--c-on-nav-muted);
        font-weight: 600;
      }
      .logo {
        display: grid;
        place-items: center;
        width: 32px;
        height: 32px;
        border-radius: 8px;
        background: var(--c-primary);
      }
      .field label {
        color: var(--c-on-nav-muted);
        font-size: 13px;
      }
      select {
        border-color: #4a5d78;
        background: #17263b;
        color: var(--c-on-nav);
      }
      nav ul {
        display: grid;
        gap: 2px;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      nav a {
        display: block;
        padding: 9px 12px;
        border-radius: 8px;
        color: var(--c-on-nav-muted);
        font-weight: 600;
        text-decoration: none;
      }
      nav a:hover {
        background: #1d2d44;
        color: var(--c-on-nav);
      }
      nav a[aria-current='page'] {
        background: #22385a;
        color: var(--c-on-nav);
        box-shadow: inset 3px 0 0 #6ea8ff;
      }
      .user {
        display: grid;
        gap: 8px;
        margin-top: auto;
        padding: 12px 8px 0;
        border-top: 1px solid #2a3a52;
        color: var(--c-on-nav-muted);
        font-size: 14px;
      }
      button {
        border-color: #4a5d78;
        background: transparent;
        color: var(--c-on-nav);
      }
      button:hover:not(:disabled) {
        background: #1d2d44;
        border-color: #8fa1b9;
      }
      @media (max-width: 900px) {
        header {
          position: static;
          min-height: 0;
          flex-direction: row;
          flex-wrap: wrap;
          align-items: center;
          gap: 10px 16px;
          padding: 10px 16px;
        }
        .field {
          min-width: 200px;
        }
        nav {
          order: 3;
          width: 100%;
        }
        nav ul {
          display: flex;
          flex-wrap: wrap;
        }
        nav a[aria-current='page'] {
          box-shadow: inset 0 -3px 0 #6ea8ff;
        }
        .user {
          display: flex;
          align-items: center;
          margin: 0 0 0 auto;
          padding: 0;
          border: 0;
        }
      }
    `,
  ];

  @property({ attribute: false }) branches: AdminBranch[] = [];
  @property({ type: Number }) branchId = 0;
  @property() section: Section = 'branch';
  @property({ attribute: false }) user: User | null = null;

  override render() {
    return html`<header>
      <div class="brand"><span class="logo" aria-hidden="true">C</span><span>Callboard <small>Admin</small></span></div>
      ${this.branches.length
        ? html`<div class="field">
            <label for="branch">Branch</label>
            <select id="branch" @change=${this.pickBranch}>
              ${this.branches.map((b) => html`<option value=${b.id} ?selected=${b.id === this.branchId}>${b.name}</option>`)}
            </select>
          </div>`
        : ''}
      <nav aria-label="Admin sections">
        <ul>
          ${SECTIONS.map(
            (s) => html`<li><a href="#${s.id}" aria-current=${s.id === this.section ? 'page' : 'false'}>${s.label}</a></li>`,
          )}
        </ul>
      </nav>
      <div class="user">
        <span>Signed in as ${this.user?.displayName ?? ''}</span>
        <button class="small" @click=${() => this.dispatchEvent(new CustomEvent('cb-logout', { bubbles: true, composed: true }))}>
          Sign out
        </button>
      </div>
    </header>`;
  }

  private pickBranch(event: Event): void {
    const id = Number((event.target as HTMLSelectElement).value);
    this.dispatchEvent(new CustomEvent('cb-branch-picked', { detail: id, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-admin-nav': CbAdminNav;
  }
  interface HTMLElementEventMap {
    'cb-branch-picked': CustomEvent<number>;
    'cb-logout': CustomEvent<void>;
  }
}
