/** `<cb-service-order>`: which services a counter serves, in order of preference; reorder with buttons. Read `.value`. */
import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { controls } from '../common/console-styles.ts';
import { localizedName } from '../common/format.ts';
import type { AdminService } from './admin-api.ts';
import { screen } from './admin-styles.ts';
import { moveButtonAfter, moved } from './reorder.ts';

@customElement('cb-service-order')
export class CbServiceOrder extends LitElement {
  static override styles = [
    controls,
    screen,
    css`
      :host {
        gap: 10px;
      }
      ol,
      ul {
        display: grid;
        gap: 6px;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      li {
        display: flex;
        align-items: center;
        gap: 10px;
        padding: 6px 8px;
        border: 1px solid var(--c-border);
        border-radius: 10px;
        background: var(--c-subtle);
      }
      .pos {
        width: 22px;
        color: var(--c-muted);
        font-weight: 700;
        text-align: center;
      }
      .name {
        flex: 1;
        min-width: 0;
      }
      .prefix {
        width: 28px;
        height: 28px;
      }
      h3 {
        margin-top: 6px;
        font-size: 14px;
      }
    `,
  ];

  @property({ attribute: false }) services: AdminService[] = [];
  @property({ attribute: false }) languages: string[] = ['en'];
  /** Service ids in order of preference. */
  @property({ attribute: false }) value: number[] = [];
  @state() private announcement = '';

  override render() {
    const byId = new Map(this.services.map((s) => [s.id, s]));
    const chosen = this.value.map((id) => byId.get(id)).filter((s): s is AdminService => s !== undefined);
    const others = this.services.filter((s) => !this.value.includes(s.id));
    return html`<fieldset>
      <legend>Services, in order of preference</legend>
      <p class="hint">Call next prefers the first service. A later one is taken once its visitors have waited 10 minutes longer per place.</p>
      ${chosen.length
        ? html`<ol aria-label="Services served">${chosen.map((s, i) => this.chosenRow(s, i, chosen.length))}</ol>`
        : html`<p class="warning">This counter serves no service yet: add at least one.</p>`}
      ${others.length
        ? html`<h3>Not served here</h3>
            <ul aria-label="Services not served">
              ${others.map(
                (s) => html`<li>
                  <span class="prefix">${s.prefix}</span><span class="name">${this.name(s)}</span>
                  <button type="button" class="small" aria-label="Add ${this.name(s)}" @click=${() => this.add(s)}>Add</button>
                </li>`,
              )}
            </ul>`
        : ''}
      <p class="sr-only" role="status">${this.announcement}</p>
    </fieldset>`;
  }

  private chosenRow(s: AdminService, index: number, count: number) {
    const name = this.name(s);
    return html`<li>
      <span class="pos" aria-hidden="true">${index + 1}</span>
      <span class="prefix">${s.prefix}</span><span class="name">${name}</span>
      <button type="button" class="small" data-move="up-${s.id}" aria-label="Move ${name} up" ?disabled=${index === 0} @click=${() => this.move(s, -1)}>↑</button>
      <button type="button" class="small" data-move="down-${s.id}" aria-label="Move ${name} down" ?disabled=${index === count - 1} @click=${() => this.move(s, 1)}>↓</button>
      <button type="button" class="small quiet" aria-label="Remove ${name}" @click=${() => this.drop(s)}>Remove</button>
    </li>`;
  }

  private name(s: AdminService): string {
    return localizedName(s.names, this.languages[0] ?? 'en', this.languages);
  }

  private async move(s: AdminService, by: -1 | 1): Promise<void> {
    const from = this.value.indexOf(s.id);
    const next = moved(this.value, from, by);
    if (!next) return;
    const to = from + by;
    this.value = next;
    this.announcement = `${this.name(s)} is now number ${to + 1}.`;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>(`[data-move="${moveButtonAfter(by, to, next.length)}-${s.id}"]`)?.focus();
  }

  private add(s: AdminService): void {
    this.value = [...this.value, s.id];
    this.announcement = `${this.name(s)} added as number ${this.value.length}.`;
  }

  private drop(s: AdminService): void {
    this.value = this.value.filter((id) => id !== s.id);
    this.announcement = `${this.name(s)} removed.`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-service-order': CbServiceOrder;
  }
}
