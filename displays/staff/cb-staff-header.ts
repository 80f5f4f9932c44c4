/** `<cb-staff-header>`: the console's top bar: branch, live-link state, who is signed in, change desk and sign out. */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { controls } from '../common/console-styles.ts';
import type { LinkState } from '../common/connection-types.ts';
import type { User } from '../common/session-api.ts';

@customElement('cb-staff-header')
export class CbStaffHeader extends LitElement {
  static override styles = [
    controls,
    css`
      header {
        display: flex;
        align-items: center;
        gap: 16px;
        min-height: 60px;
        padding: 8px 24px;
        background: var(--c-nav);
        color: var(--c-on-nav);
      }
      .brand {
        display: flex;
        align-items: center;
        gap: 10px;
        font-size: 17px;
        font-weight: 800;
      }
      .logo {
        display: grid;
        place-items: center;
        width: 32px;
        height: 32px;
        border-radius: 8px;
        background: var(--c-primary);
      }
      .branch {
        min-width: 0;
        padding-inline-start: 16px;
        border-inline-start: 1px solid #33445c;
        color: var(--c-on-nav-muted);
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      .spacer {
        flex: 1;
      }
      .live {
        display: inline-flex;
        align-items: center;
        gap: 8px;
        color: var(--c-on-nav-muted);
        font-size: 13px;
        font-weight: 600;
        white-space: nowrap;
      }
      .dot {
        width: 9px;
        height: 9px;
        border-radius: 50%;
        background: #3ccb7f;
      }
      .live.down .dot {
        background: #f79009;
      }
      .live.down {
        color: #fedf89;
      }
      .user {
        color: var(--c-on-nav-muted);
        white-space: nowrap;
      }
      button {
        min-height: 36px;
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
          flex-wrap: wrap;
          padding: 8px 16px;
        }
        .user {
          display: none;
        }
      }
    `,
  ];

  @property() branchName = '';
  @property({ attribute: false }) link: LinkState | null = null;
  @property({ attribute: false }) user: User | null = null;
  @property({ type: Boolean }) canChangeDesk = false;

  override render() {
    const down = this.link !== null && this.link.status !== 'online';
    return html`<header>
      <span class="brand"><span class="logo" aria-hidden="true">C</span>Callboard</span>
      <span class="branch">${this.branchName}</span>
      <span class="spacer"></span>
      <span class="live ${down ? 'down' : ''}" role="status">
        <span class="dot" aria-hidden="true"></span>${down ? this.downText() : 'Live'}
      </span>
      ${this.user ? html`<span class="user">${this.user.displayName}</span>` : nothing}
      ${this.canChangeDesk ? html`<button class="small" @click=${() => this.fire('cb-change-desk')}>Change counter</button>` : nothing}
      <button class="small" @click=${() => this.fire('cb-logout')}>Sign out</button>
    </header>`;
  }

  private downText(): string {
    if (this.link?.status === 'refused') return 'Not allowed to watch this branch';
    return 'Reconnecting… the queue shown may be out of date';
  }

  private fire(name: 'cb-change-desk' | 'cb-logout'): void {
    this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-staff-header': CbStaffHeader;
  }
  interface HTMLElementEventMap {
    'cb-change-desk': CustomEvent<void>;
    'cb-logout': CustomEvent<void>;
  }
}
