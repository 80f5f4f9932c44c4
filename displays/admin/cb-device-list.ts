/** `<cb-device-list>`: the branch's displays and kiosks: online or last seen, sound state, settings; pair, edit, revoke. */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { CbConfirmDialog } from '../common/cb-confirm-dialog.ts';
import '../common/cb-confirm-dialog.ts';
import { messageOf } from '../common/console-api.ts';
import { controls } from '../common/console-styles.ts';
import { listCounters, listDevices, revokeDevice, type AdminBranch, type AdminCounter, type Device } from './admin-api.ts';
import { screen } from './admin-styles.ts';
import type { CbDeviceEditor } from './cb-device-editor.ts';
import type { CbPairDialog } from './cb-pair-dialog.ts';
import './cb-device-editor.ts';
import './cb-pair-dialog.ts';
import { KIND_LABEL, LAYOUT_LABEL, SOUND_BLOCKED_HELP, audioLabel, lastSeen } from './device-status.ts';

/** Displays report their state to the server, not to the admin, so the list is re-read while it is on screen. */
const REFRESH_MS = 20_000;

@customElement('cb-device-list')
export class CbDeviceList extends LitElement {
  static override styles = [
    controls,
    screen,
    css`
      .summary {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 8px;
      }
      .dot {
        width: 8px;
        height: 8px;
        border-radius: 50%;
        background: currentColor;
      }
      td .warning {
        margin-top: 6px;
        font-size: 13px;
        font-weight: 500;
      }
      tr.revoked td {
        color: var(--c-muted);
      }
    `,
  ];

  @property({ attribute: false }) branch!: AdminBranch;
  @state() private devices: Device[] | null = null;
  @state() private counters: AdminCounter[] = [];
  @state() private error = '';
  @state() private notice = '';
  @state() private now = Date.now();
  @query('cb-pair-dialog') private pairDialog!: CbPairDialog;
  @query('cb-device-editor') private editor!: CbDeviceEditor;
  @query('cb-confirm-dialog') private confirm!: CbConfirmDialog;
  private loadedFor = 0;
  private timer: ReturnType<typeof setInterval> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.timer = setInterval(() => void this.load(), REFRESH_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.timer);
  }

  override willUpdate(): void {
    if (this.branch.id !== this.loadedFor) {
      this.loadedFor = this.branch.id;
      this.devices = null;
      void this.load();
    }
  }

  private async load(): Promise<void> {
    try {
      const [devices, counters] = await Promise.all([listDevices(this.branch.id), listCounters(this.branch.id)]);
      this.devices = devices.sort((a, b) => Number(a.revoked) - Number(b.revoked) || a.name.localeCompare(b.name));
      this.counters = counters.sort((a, b) => a.number - b.number);
      this.now = Date.now();
    } catch (error) {
      this.error = messageOf(error);
    }
  }

  override render() {
    const active = (this.devices ?? []).filter((d) => !d.revoked);
    const online = active.filter((d) => d.online).length;
    return html`
      <div class="page-head">
        <div>
          <h1>Displays</h1>
          <p>Boards, counter displays and kiosks of ${this.branch.name}. Changes reach a connected display at once.</p>
        </div>
        <button class="primary" @click=${() => this.pairDialog.open(this.branch, this.counters)}>Pair a display</button>
      </div>
      <div class="alert" role="alert">${this.error}</div>
      <div class="notice" role="status">${this.notice}</div>
      ${this.devices
        ? html`<div class="summary">
            <span class="pill">${active.length} paired</span>
            <span class="pill ok"><span class="dot"></span>${online} online</span>
            ${active.length - online ? html`<span class="pill bad"><span class="dot"></span>${active.length - online} offline</span>` : nothing}
            <button class="small quiet" @click=${() => this.load()}>Refresh</button>
          </div>`
        : nothing}
      <div class="card table-card">
        ${this.devices === null
          ? html`<p class="empty-state" role="status">Loading displays…</p>`
          : this.devices.length === 0
            ? html`<p class="empty-state">No displays yet. Open /board/, /counter/ or /kiosk/ on a screen and pair it with its code.</p>`
            : this.table(this.devices)}
      </div>
      <cb-pair-dialog @cb-device-paired=${this.paired}></cb-pair-dialog>
      <cb-device-editor @cb-device-saved=${this.saved}></cb-device-editor>
      <cb-confirm-dialog></cb-confirm-dialog>
    `;
  }

  private table(devices: Device[]) {
    return html`<table>
      <thead>
        <tr>
          <th scope="col">Display</th>
          <th scope="col">Connection</th>
          <th scope="col">Sound</th>
          <th scope="col">Settings</th>
          <th scope="col"><span class="sr-only">Actions</span></th>
        </tr>
      </thead>
      <tbody>
        ${devices.map((d) => this.row(d))}
      </tbody>
    </table>`;
  }

  private row(d: Device) {
    const counter = d.counterId === null ? null : this.counters.find((c) => c.id === d.counterId);
    const audio = audioLabel(d);
    const settings = [
      d.languages.join(', '),
      d.kind === 'kiosk' ? null : `volume ${d.volume}%`,
      LAYOUT_LABEL[d.layout ?? 'auto'].toLowerCase(),
      d.quietHours ? `quieter ${d.quietHours.from}–${d.quietHours.to}` : null,
    ].filter(Boolean);
    return html`<tr class=${d.revoked ? 'revoked' : ''} data-testid="device-row">
      <td>
        <div>${d.name}</div>
        <div class="hint">${KIND_LABEL[d.kind]}${counter ? ` · ${counter.name}` : ''} · group ${d.group}</div>
      </td>
      <td>
        ${d.revoked
          ? html`<span class="pill">Revoked</span>`
          : d.online
            ? html`<span class="pill ok"><span class="dot"></span>Online</span>`
            : html`<span class="pill bad"><span class="dot"></span>Offline</span>
                <div class="hint">${lastSeen(d.lastSeenAt, this.now, this.branch.timezone)}</div>`}
        ${d.status && !d.revoked ? html`<div class="hint">v${d.status.appVersion} · ${d.status.screen.w}×${d.status.screen.h}</div>` : nothing}
      </td>
      <td>
        ${d.revoked ? nothing : html`<span class="pill ${audio.tone}">${audio.text}</span>`}
        ${!d.revoked && d.status?.audio === 'blocked' ? html`<p class="warning">${SOUND_BLOCKED_HELP}</p>` : nothing}
      </td>
      <td class="hint">${settings.join(' · ')}</td>
      <td>
        ${d.revoked
          ? nothing
          : html`<div class="row-actions">
              <button class="small" aria-label="Edit ${d.name}" @click=${() => this.editor.open(d, this.counters)}>Edit</button>
              <button class="small danger" aria-label="Revoke ${d.name}" @click=${() => this.revoke(d)}>Revoke</button>
            </div>`}
      </td>
    </tr>`;
  }

  private async revoke(d: Device): Promise<void> {
    const yes = await this.confirm.ask({
      title: `Revoke ${d.name}?`,
      body: 'The display disconnects now and stops showing calls. To use it again, pair it anew.',
      confirmLabel: 'Revoke display',
    });
    if (!yes) return;
    this.error = '';
    try {
      await revokeDevice(d.id);
      this.notice = `${d.name} was revoked.`;
      await this.load();
    } catch (error) {
      this.error = messageOf(error);
    }
  }

  private readonly paired = async (event: CustomEvent<{ name: string }>): Promise<void> => {
    this.notice = `${event.detail.name} is paired. It starts showing the branch within a few seconds.`;
    await this.load();
  };

  private readonly saved = async (): Promise<void> => {
    this.notice = 'Display settings saved.';
    await this.load();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-device-list': CbDeviceList;
  }
}
