/** `<cb-phone-alerts>`: the buttons that let the phone chime and notify on the call: browsers allow both only after a tap. */
import { css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { NotifyState, SoundState } from './call-alert.ts';
import { bellIcon, checkIcon, soundIcon } from './icons.ts';
import { PhoneElement } from './phone-element.ts';

@customElement('cb-phone-alerts')
export class CbPhoneAlerts extends PhoneElement {
  static override styles = [
    PhoneElement.styles,
    css`
      .card {
        display: grid;
        gap: 0.8rem;
      }
      .state {
        display: flex;
        align-items: center;
        gap: 0.5rem;
        min-height: 2rem;
        font-weight: 600;
      }
      .state svg {
        width: 1.3rem;
        height: 1.3rem;
        color: var(--cb-accent);
      }
    `,
  ];

  @property() sound: SoundState = 'unknown';
  @property() notify: NotifyState = 'unsupported';

  override render() {
    const c = this.c;
    return html`<section class="card" aria-labelledby="alerts-title">
      <h2 id="alerts-title">${c.alertsTitle}</h2>
      ${this.sound === 'blocked'
        ? html`<button class="action primary" @click=${() => this.emit('phone-enable-sound')}>${soundIcon}${c.enableSound}</button>`
        : this.sound === 'unlocked'
          ? html`<p class="state">${checkIcon}${c.soundOn}</p>`
          : nothing}
      ${this.notificationControl()}
      <p class="muted">${c.keepOpen}</p>
    </section>`;
  }

  private notificationControl() {
    const c = this.c;
    switch (this.notify) {
      case 'default':
        return html`<button class="action secondary" @click=${() => this.emit('phone-enable-notifications')}>
          ${bellIcon}${c.enableNotifications}
        </button>`;
      case 'granted':
        return html`<p class="state">${checkIcon}${c.notificationsOn}</p>`;
      case 'denied':
        return html`<p class="muted">${c.notificationsBlocked}</p>`;
      case 'unsupported':
        return nothing;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-phone-alerts': CbPhoneAlerts;
  }
  interface HTMLElementEventMap {
    /** From a tap: unlock sound now, while the gesture counts. */
    'phone-enable-sound': CustomEvent<void>;
    /** From a tap: ask for the notification permission. */
    'phone-enable-notifications': CustomEvent<void>;
  }
}
