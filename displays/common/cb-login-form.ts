/** `<cb-login-form>`: the sign-in card of the staff console and the admin; fires `cb-logged-in` with the user. */
import { LitElement, css, html } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { messageOf } from './console-api.ts';
import { controls } from './console-styles.ts';
import { login, type User } from './session-api.ts';

@customElement('cb-login-form')
export class CbLoginForm extends LitElement {
  static override styles = [
    controls,
    css`
      :host {
        display: grid;
        place-items: center;
        min-height: 100vh;
        padding: 24px;
        background: linear-gradient(160deg, var(--c-nav) 0 38%, var(--c-bg) 38%);
      }
      main {
        width: min(420px, 100%);
      }
      .brand {
        display: flex;
        align-items: center;
        gap: 12px;
        margin-bottom: 20px;
        color: var(--c-on-nav);
        font-size: 20px;
        font-weight: 800;
      }
      .logo {
        display: grid;
        place-items: center;
        width: 40px;
        height: 40px;
        border-radius: 10px;
        background: var(--c-primary);
        font-size: 18px;
      }
      form {
        display: grid;
        gap: 18px;
        padding: 32px;
      }
      h1 {
        font-size: 22px;
      }
      .lead {
        color: var(--c-muted);
      }
      button.primary {
        min-height: 46px;
        font-size: 16px;
      }
    `,
  ];

  /** The product area shown in the heading, e.g. "Staff console". */
  @property() product = '';
  /** Shown under the heading, e.g. why the user was sent back here. */
  @property() reason = '';

  @state() private error = '';
  @state() private busy = false;
  @query('#username') private usernameInput!: HTMLInputElement;

  override firstUpdated(): void {
    this.usernameInput.focus();
  }

  override render() {
    return html`<main>
      <div class="brand"><span class="logo" aria-hidden="true">C</span>Callboard</div>
      <form class="card" @submit=${this.submit} aria-labelledby="title">
        <div>
          <h1 id="title">Sign in to the ${this.product}</h1>
          <p class="lead">${this.reason || 'Use the account your administrator gave you.'}</p>
        </div>
        <div class="alert" role="alert">${this.error}</div>
        <div class="field">
          <label for="username">Username</label>
          <input id="username" name="username" autocomplete="username" autocapitalize="none" required />
        </div>
        <div class="field">
          <label for="password">Password</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required />
        </div>
        <button class="primary" type="submit" ?disabled=${this.busy}>${this.busy ? 'Signing in…' : 'Sign in'}</button>
      </form>
    </main>`;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    this.busy = true;
    this.error = '';
    try {
      const user = await login(String(data.get('username') ?? '').trim(), String(data.get('password') ?? ''));
      this.dispatchEvent(new CustomEvent('cb-logged-in', { detail: user, bubbles: true, composed: true }));
    } catch (error) {
      this.error = messageOf(error);
    } finally {
      this.busy = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-login-form': CbLoginForm;
  }
  interface HTMLElementEventMap {
    'cb-logged-in': CustomEvent<User>;
  }
}
