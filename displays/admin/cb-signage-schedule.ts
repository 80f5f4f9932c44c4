/** `<cb-signage-schedule>`: the playlists (edited in `<cb-playlist-editor>`), schedules (in `<cb-schedule-editor>`) and the default. */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { CbConfirmDialog } from '../common/cb-confirm-dialog.ts';
import '../common/cb-confirm-dialog.ts';
import { messageOf } from '../common/console-api.ts';
import { controls } from '../common/console-styles.ts';
import type { AdminBranch } from './admin-api.ts';
import { screen } from './admin-styles.ts';
import type { CbPlaylistEditor } from './cb-playlist-editor.ts';
import './cb-playlist-editor.ts';
import type { CbScheduleEditor } from './cb-schedule-editor.ts';
import './cb-schedule-editor.ts';
import { formatDuration } from './playlist-draft.ts';
import { ruleSummary } from './schedule-draft.ts';
import {
  deletePlaylist, deleteSchedule, getSettings, listItems, listPlaylists, listSchedules, saveSettings,
  type Playlist, type Schedule, type SignageItem, type SignageSettings,
} from './signage-api.ts';

@customElement('cb-signage-schedule')
export class CbSignageSchedule extends LitElement {
  static override styles = [controls, screen, css`
    form { display: flex; flex-wrap: wrap; gap: 8px; align-items: end; }
    .error { color: var(--c-danger, #b91c1c); }
    .section-head { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 8px; }
    .panel { display: grid; gap: 12px; padding: 16px 20px; }
    .panel.defaults { display: flex; flex-wrap: wrap; align-items: end; gap: 12px 24px; }
    .defaults .field { min-width: 260px; }
  `];

  @property({ attribute: false }) branch!: AdminBranch;
  /** Bumped by the host when the library changed, so the item list is read again. */
  @property({ type: Number }) revision = 0;
  @state() private items: SignageItem[] = [];
  @state() private playlists: Playlist[] = [];
  @state() private schedules: Schedule[] = [];
  @state() private settings: SignageSettings = { defaultPlaylistId: null, blankOutsideHours: false };
  @state() private error = '';
  private loadedFor = '';
  @query('cb-playlist-editor') private editor!: CbPlaylistEditor;
  @query('cb-schedule-editor') private scheduleEditor!: CbScheduleEditor;
  @query('cb-confirm-dialog') private confirm!: CbConfirmDialog;

  protected override willUpdate() {
    const key = `${this.branch?.id}|${this.revision}`;
    if (this.branch && this.loadedFor !== key) {
      this.loadedFor = key;
      void this.load();
    }
  }

  private async load() {
    try {
      const id = this.branch.id;
      [this.items, this.playlists, this.schedules, this.settings] = await Promise.all([listItems(), listPlaylists(id), listSchedules(id), getSettings(id)]);
    } catch (e) {
      this.error = messageOf(e);
    }
  }

  private async run(fn: () => Promise<unknown>) {
    this.error = '';
    try {
      await fn();
      await this.changed();
    } catch (e) {
      this.error = messageOf(e);
    }
  }

  /** Reads everything again and tells the screen, whose week and preview depend on it. */
  private changed = async () => {
    this.error = '';
    await this.load();
    this.dispatchEvent(new CustomEvent('cb-signage-changed', { bubbles: true, composed: true }));
  };

  /** The server refuses while a schedule or the default setting still uses the playlist, and says so. */
  private async removePlaylist(p: Playlist) {
    const yes = await this.confirm.ask({
      title: `Delete ${p.name}?`,
      body: 'The playlist and its item settings are gone for good; the library items stay.',
      confirmLabel: 'Delete playlist',
    });
    if (yes) await this.run(() => deletePlaylist(this.branch.id, p.id));
  }

  /** Screens switch to what plays without it at once, so the admin confirms first. */
  private async removeSchedule(s: Schedule) {
    const yes = await this.confirm.ask({
      title: `Remove ${s.name}?`,
      body: 'Screens stop playing it at once and fall back to the other schedules or the default playlist.',
      confirmLabel: 'Remove schedule',
    });
    if (yes) await this.run(() => deleteSchedule(this.branch.id, s.id));
  }

  private editSchedule(schedule: Schedule | null) {
    void this.scheduleEditor.open(this.branch, this.playlists, schedule, this.settings.defaultPlaylistId);
  }

  private saveDefault = (e: Event) => {
    const form = (e.target as HTMLElement).closest('form')!;
    const d = new FormData(form);
    const id = Number(d.get('default'));
    void this.run(() => saveSettings(this.branch.id, { defaultPlaylistId: id || null, blankOutsideHours: d.get('blank') === 'on' }));
  };

  override render() {
    const name = (id: number | null) => this.playlists.find((p) => p.id === id)?.name ?? '—';
    return html`
      <div class="section-head"><div><h2>Playlists and schedules</h2><p>Times are the branch's local time (${this.branch?.timezone}); the highest priority wins an overlap.</p></div></div>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      <form class="card panel defaults" @change=${this.saveDefault}>
        <label class="field">Default playlist <select name="default">
          <option value="">Nothing (idle slide)</option>
          ${this.playlists.map((p) => html`<option value=${p.id} ?selected=${p.id === this.settings.defaultPlaylistId}>${p.name}</option>`)}
        </select></label>
        <label class="check"><input type="checkbox" name="blank" .checked=${this.settings.blankOutsideHours} /> Dark screens outside opening hours</label>
      </form>
      <section class="card panel" aria-labelledby="playlists-title">
      <div class="section-head">
        <h3 id="playlists-title">Playlists</h3>
        <button class="primary" @click=${() => this.editor.open(this.branch.id, this.items, null)}>New playlist</button>
      </div>
      ${this.playlists.length
        ? html`<div class="table-card"><table>
            <thead><tr><th>Name</th><th>Items</th><th>Total</th><th><span class="sr-only">Actions</span></th></tr></thead>
            <tbody>${this.playlists.map((p) => html`<tr data-playlist=${p.id}>
              <td>${p.name}</td><td class="num">${p.items.length}</td><td class="num">${formatDuration(p.items.reduce((t, i) => t + i.durationMs, 0))}</td>
              <td><div class="row-actions">
                <button class="small" aria-label="Edit playlist ${p.name}" @click=${() => this.editor.open(this.branch.id, this.items, p)}>Edit</button>
                <button class="small danger" aria-label="Delete playlist ${p.name}" @click=${() => this.removePlaylist(p)}>Delete</button>
              </div></td>
            </tr>`)}</tbody>
          </table></div>`
        : html`<p class="muted">No playlist yet.</p>`}
      </section>
      <section class="card panel" aria-labelledby="schedules-title">
      <div class="section-head">
        <h3 id="schedules-title">Schedules</h3>
        <button class="primary" @click=${() => this.editSchedule(null)}>New schedule</button>
      </div>
      ${this.schedules.length
        ? html`<div class="table-card"><table>
            <thead><tr><th>Name</th><th>Playlist</th><th>When</th><th>Dates</th><th>Groups</th><th>Priority</th><th><span class="sr-only">Actions</span></th></tr></thead>
            <tbody>${this.schedules.map((s) => html`<tr data-schedule=${s.id}>
              <td>${s.name}</td><td>${name(s.playlistId)}</td><td>${ruleSummary(s.rule)}</td>
              <td>${s.validFrom ?? '…'} – ${s.validTo ?? '…'}</td><td>${s.groups?.join(', ') ?? 'all'}</td><td class="num">${s.priority}</td>
              <td><div class="row-actions">
                <button class="small" aria-label="Edit schedule ${s.name}" @click=${() => this.editSchedule(s)}>Edit</button>
                <button class="small danger" aria-label="Remove schedule ${s.name}" @click=${() => this.removeSchedule(s)}>Remove</button>
              </div></td>
            </tr>`)}</tbody>
          </table></div>`
        : html`<p class="muted">No schedule yet: the default playlist plays.</p>`}
      </section>
      <cb-playlist-editor @cb-playlist-saved=${this.changed}></cb-playlist-editor>
      <cb-schedule-editor @cb-schedule-saved=${this.changed}></cb-schedule-editor>
      <cb-confirm-dialog></cb-confirm-dialog>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-signage-schedule': CbSignageSchedule;
  }
}
