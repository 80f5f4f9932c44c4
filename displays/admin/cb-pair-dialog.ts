/** `<cb-pair-dialog>`: pairs the display that shows a code (like K7P-4QX) as a board, counter display or kiosk. */
import { AdminDialog } from './admin-dialog.ts';
import { css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { controls } from '../common/console-styles.ts';
import { pairDevice, type AdminBranch, type AdminCounter, type Device, type DeviceKind, type PairInput } from './admin-api.ts';
import { screen } from './admin-styles.ts';
import { KIND_LABEL } from './device-status.ts';
import { intField, languageList, textField } from './form-data.ts';

@customElement('cb-pair-dialog')
export class CbPairDialog extends AdminDialog {
  static override styles = [
    controls,
    screen,
    css`
      #code {
        font: 700 24px/1.2 ui-monospace, 'SF Mono', Menlo, Consolas, monospace;
        letter-spacing: 0.12em;
        text-transform: uppercase;
      }
      .kinds {
        display: flex;
        flex-wrap: wrap;
        gap: 4px 20px;
      }
      output {
        font-variant-numeric: tabular-nums;
        font-weight: 600;
      }
    `,
  ];

  @state() private branch: AdminBranch | null = null;
  @state() private counters: AdminCounter[] = [];
  @state() private kind: DeviceKind = 'board';
  @state() private volume = 80;

  async open(branch: AdminBranch, counters: AdminCounter[]): Promise<void> {
    this.branch = branch;
    this.counters = counters;
    this.kind = 'board';
    this.volume = 80;
    await this.show();
  }

  override render() {
    return html`<dialog class="wide" aria-labelledby="pair-title">
      ${keyed(this.generation, html`<form @submit=${this.submit}>
        <h2 id="pair-title">Pair a display</h2>
        <p class="hint">Open the board, counter or kiosk address on the new screen. It shows a code; enter it here.</p>
        <div class="form-grid">
          <div class="field">
            <label for="code">Code on the screen</label>
            <input id="code" name="code" required minlength="6" maxlength="12" autocomplete="off" autocapitalize="characters" spellcheck="false" placeholder="K7P-4QX" />
          </div>
          <div class="field">
            <label for="device-name">Name</label>
            <input id="device-name" name="name" required maxlength="80" placeholder="Waiting room TV" />
          </div>
          <fieldset class="wide">
            <legend>What it is</legend>
            <div class="kinds">
              ${(['board', 'counter', 'kiosk'] as const).map(
                (k) => html`<label class="check"><input type="radio" name="kind" value=${k} ?checked=${k === this.kind} @change=${() => (this.kind = k)} />${KIND_LABEL[k]}</label>`,
              )}
            </div>
          </fieldset>
          ${this.kind === 'counter'
            ? html`<div class="field">
                <label for="device-counter">Counter</label>
                <select id="device-counter" name="counter" required>
                  ${this.counters.map((c) => html`<option value=${c.id}>${c.name}</option>`)}
                </select>
              </div>`
            : ''}
          <div class="field">
            <label for="device-group">Display group</label>
            <input id="device-group" name="group" maxlength="40" value="main" aria-describedby="group-hint" />
            <span class="hint" id="group-hint">Announcements can be sent to one group, e.g. “first-floor”.</span>
          </div>
          <div class="field">
            <label for="device-languages">Languages</label>
            <input id="device-languages" name="languages" required .value=${(this.branch?.languages ?? ['en']).join(', ')} aria-describedby="device-languages-hint" />
            <span class="hint" id="device-languages-hint">The first is shown on screen; calls are spoken in each, in order.</span>
          </div>
          ${this.kind === 'kiosk'
            ? ''
            : html`<div class="field">
                <label for="device-volume">Volume <output for="device-volume">${this.volume}%</output></label>
                <input id="device-volume" name="volume" type="range" min="0" max="100" step="5" .value=${String(this.volume)}
                  @input=${(e: Event) => (this.volume = Number((e.target as HTMLInputElement).value))} />
              </div>`}
        </div>
        ${this.footer('Pair display')}
      </form>`)}
    </dialog>`;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.branch) return;
    const data = new FormData(event.target as HTMLFormElement);
    const input: PairInput = {
      code: textField(data, 'code').toUpperCase(),
      name: textField(data, 'name'),
      kind: this.kind,
      languages: languageList(textField(data, 'languages')),
    };
    const group = textField(data, 'group');
    if (group) input.group = group;
    if (this.kind === 'counter') input.counterId = intField(data, 'counter');
    if (this.kind !== 'kiosk') input.volume = this.volume;
    const branchId = this.branch.id;
    await this.saveAndClose('cb-device-paired', () => pairDevice(branchId, input));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-pair-dialog': CbPairDialog;
  }
  interface HTMLElementEventMap {
    'cb-device-paired': CustomEvent<Pick<Device, 'id' | 'name' | 'kind'>>;
  }
}
