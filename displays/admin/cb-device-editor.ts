/** `<cb-device-editor>`: changes a paired display's settings; a connected display applies them at once. */
import { AdminDialog } from './admin-dialog.ts';
import { html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { controls } from '../common/console-styles.ts';
import { updateDevice, type AdminCounter, type Device, type DeviceLayout, type DevicePatch } from './admin-api.ts';
import { screen } from './admin-styles.ts';
import { CHIMES, KIND_LABEL, LAYOUT_LABEL } from './device-status.ts';
import { intField, languageList, textField } from './form-data.ts';

@customElement('cb-device-editor')
export class CbDeviceEditor extends AdminDialog {
  static override styles = [controls, screen];

  @state() private device: Device | null = null;
  @state() private counters: AdminCounter[] = [];
  @state() private volume = 80;
  @state() private quiet = false;

  async open(device: Device, counters: AdminCounter[]): Promise<void> {
    this.device = device;
    this.counters = counters;
    this.volume = device.volume;
    this.quiet = device.quietHours !== null;
    await this.show();
  }

  override render() {
    const d = this.device;
    if (!d) return html`<dialog></dialog>`;
    const sound = d.kind !== 'kiosk';
    return html`<dialog class="wide" aria-labelledby="device-title">
      ${keyed(this.generation, html`<form @submit=${this.submit}>
        <h2 id="device-title">${d.name} <span class="hint">· ${KIND_LABEL[d.kind]}</span></h2>
        <div class="form-grid">
          <div class="field">
            <label for="edit-name">Name</label>
            <input id="edit-name" name="name" required maxlength="80" .value=${d.name} />
          </div>
          <div class="field">
            <label for="edit-group">Display group</label>
            <input id="edit-group" name="group" required maxlength="40" .value=${d.group} />
          </div>
          ${d.kind === 'counter'
            ? html`<div class="field">
                <label for="edit-counter">Counter</label>
                <select id="edit-counter" name="counter">
                  ${this.counters.map((c) => html`<option value=${c.id} ?selected=${c.id === d.counterId}>${c.name}</option>`)}
                </select>
              </div>`
            : ''}
          <div class="field">
            <label for="edit-languages">Languages</label>
            <input id="edit-languages" name="languages" required .value=${d.languages.join(', ')} />
          </div>
          <div class="field">
            <label for="edit-layout">Screen layout</label>
            <select id="edit-layout" name="layout">
              ${(['auto', 'landscape', 'portrait'] as const).map((l) => html`<option value=${l} ?selected=${l === d.layout}>${LAYOUT_LABEL[l]}</option>`)}
            </select>
          </div>
          ${sound ? this.soundFields(d) : ''}
        </div>
        ${this.footer('Save display')}
      </form>`)}
    </dialog>`;
  }

  private soundFields(d: Device) {
    const q = d.quietHours ?? { from: '19:00', to: '08:00', volume: 30 };
    return html`
      <div class="field">
        <label for="edit-volume">Volume <output for="edit-volume">${this.volume}%</output></label>
        <input id="edit-volume" name="volume" type="range" min="0" max="100" step="5" .value=${String(this.volume)}
          @input=${(e: Event) => (this.volume = Number((e.target as HTMLInputElement).value))} />
      </div>
      <div class="field">
        <label for="edit-chime">Chime before each call</label>
        <select id="edit-chime" name="chime">
          ${CHIMES.map((c) => html`<option value=${c.id} ?selected=${c.id === (d.chime ?? 'ding-dong')}>${c.label}</option>`)}
        </select>
      </div>
      <fieldset class="wide">
        <legend>Quiet hours</legend>
        <label class="check"><input type="checkbox" name="quiet" .checked=${this.quiet} @change=${(e: Event) => (this.quiet = (e.target as HTMLInputElement).checked)} />Speak softer during set hours</label>
        ${this.quiet
          ? html`<div class="form-grid">
              <div class="field"><label for="quiet-from">From</label><input id="quiet-from" name="quietFrom" type="time" required .value=${q.from} /></div>
              <div class="field"><label for="quiet-to">Until</label><input id="quiet-to" name="quietTo" type="time" required .value=${q.to} /></div>
              <div class="field">
                <label for="quiet-volume">Volume during quiet hours (%)</label>
                <input id="quiet-volume" name="quietVolume" type="number" min="0" max="100" required .value=${String(q.volume)} />
              </div>
              <p class="hint">Hours may cross midnight, e.g. 19:00 until 08:00.</p>
            </div>`
          : ''}
      </fieldset>
    `;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const d = this.device;
    if (!d) return;
    const data = new FormData(event.target as HTMLFormElement);
    const patch: DevicePatch = {
      name: textField(data, 'name'),
      group: textField(data, 'group'),
      languages: languageList(textField(data, 'languages')),
      layout: textField(data, 'layout') as DeviceLayout,
    };
    if (d.kind === 'counter') patch.counterId = intField(data, 'counter');
    if (d.kind !== 'kiosk') {
      patch.volume = this.volume;
      patch.chime = textField(data, 'chime');
      patch.quietHours = this.quiet
        ? { from: textField(data, 'quietFrom'), to: textField(data, 'quietTo'), volume: intField(data, 'quietVolume') }
        : null;
    }
    await this.saveAndClose('cb-device-saved', () => updateDevice(d.id, patch).then(() => d.id));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-device-editor': CbDeviceEditor;
  }
  interface HTMLElementEventMap {
    'cb-device-saved': CustomEvent<number>;
  }
}
