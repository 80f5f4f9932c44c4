/** `<cb-signage-view>`: the signage screen: library, playlists and schedules, a week view, a preview at time T, takeover, play counts. */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { SignageManifest } from '../../shared/signage.ts';
import { messageOf } from '../common/console-api.ts';
import { controls } from '../common/console-styles.ts';
import type { AdminBranch } from './admin-api.ts';
import { screen } from './admin-styles.ts';
import './cb-signage-library.ts';
import './cb-signage-schedule.ts';
import { clearTakeover, listItems, listPlaylists, playCounts, preview, takeOver, type Playlist, type SignageItem } from './signage-api.ts';

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
// A fixed set of hues, one per playlist id, so a playlist keeps its colour across the week.
const hue = (id: number | null) => (id === null ? 0 : (id * 67) % 360);

@customElement('cb-signage-view')
export class CbSignageView extends LitElement {
  static override styles = [controls, screen, css`
    .week { display: grid; grid-template-columns: repeat(7, 1fr); gap: 4px; }
    .day { border: 1px solid var(--c-border, #ccc); border-radius: 6px; overflow: hidden; background: var(--c-surface, #fff); }
    .day h4 { margin: 0; padding: 2px 6px; font-size: 12px; border-bottom: 1px solid var(--c-border, #ccc); }
    /* The day's 24 hours, top to bottom; segments are placed by their share of the day. */
    .track { position: relative; height: 220px; }
    .seg { position: absolute; left: 0; right: 0; overflow: hidden; font-size: 11px; padding: 0 4px; color: #000; border-top: 1px solid rgb(0 0 0 / 0.15); }
    .seg.blank { color: #fff; }
    form { display: flex; flex-wrap: wrap; gap: 12px; align-items: end; }
    .panel { display: grid; gap: 12px; padding: 16px 20px; }
    .panel h2 { font-size: 18px; }
    .panel .grow { flex: 1 1 280px; }
    .taken { padding: 10px 14px; border-radius: 8px; background: var(--c-warning-soft); color: var(--c-warning-text); font-weight: 600; }
    .error { color: var(--c-danger, #b91c1c); }
  `];

  @property({ attribute: false }) branch!: AdminBranch;
  @state() private group = 'main';
  @state() private at = Date.now();
  @state() private days: SignageManifest[] = [];
  @state() private shown: SignageManifest | null = null;
  @state() private playlists: Playlist[] = [];
  @state() private items: SignageItem[] = [];
  @state() private counts: { itemId: number; plays: number; lastAt: number }[] = [];
  @state() private error = '';
  @state() private revision = 0;
  private loadedFor = '';

  protected override willUpdate() {
    const key = `${this.branch?.id}|${this.group}|${this.at}`;
    if (this.branch && key !== this.loadedFor) {
      this.loadedFor = key;
      void this.load();
    }
  }

  private async load() {
    const id = this.branch.id;
    try {
      const start = new Date(this.at);
      start.setHours(0, 0, 0, 0);
      // Seven 24 h previews make the week; each is exactly what a display of the group would be given then.
      const days = Array.from({ length: 7 }, (_, i) => preview(id, this.group, start.getTime() + i * DAY_MS));
      [this.days, this.shown, this.playlists, this.items, this.counts] = await Promise.all([
        Promise.all(days), preview(id, this.group, this.at), listPlaylists(id), listItems(), playCounts(id, Date.now() - WEEK_MS),
      ]);
    } catch (e) {
      this.error = messageOf(e);
    }
  }

  private takeOver = (e: SubmitEvent) => {
    e.preventDefault();
    const d = new FormData(e.target as HTMLFormElement);
    const groups = String(d.get('groups') ?? '').split(',').map((g) => g.trim()).filter(Boolean);
    const minutes = Number(d.get('minutes') || 0);
    void this.act(() => takeOver(this.branch.id, {
      message: String(d.get('message')), groups: groups.length ? groups : null,
      until: minutes ? Date.now() + minutes * 60_000 : null, speak: d.get('speak') === 'on',
    }));
  };

  private async act(fn: () => Promise<unknown>) {
    this.error = '';
    try {
      await fn();
      this.loadedFor = '';
      this.requestUpdate();
    } catch (e) {
      this.error = messageOf(e);
    }
  }

  private changed = (e: Event) => {
    this.loadedFor = '';
    if ((e.target as Element).localName === 'cb-signage-library') this.revision += 1;
    else this.requestUpdate();
  };

  private name = (id: number | null) => (id === null ? 'Idle slide' : this.playlists.find((p) => p.id === id)?.name ?? `#${id}`);

  private week() {
    // styleMap writes through CSSOM, which the admin's CSP allows (style attributes it would not).
    return html`<div class="week">${this.days.map((m) => {
      const from = m.serverTime;
      return html`<div class="day"><h4>${new Date(from).toLocaleDateString(undefined, { weekday: 'short', day: 'numeric' })}</h4><div class="track">
        ${m.segments.map((s) => html`<div class="seg ${s.blank ? 'blank' : ''}" title="${this.name(s.playlistId)} ${new Date(s.from).toLocaleTimeString()}–${new Date(s.to).toLocaleTimeString()}"
          style=${styleMap({
            top: `${((s.from - from) / DAY_MS) * 100}%`,
            height: `${((s.to - s.from) / DAY_MS) * 100}%`,
            background: s.blank ? '#333' : s.playlistId === null ? '#eee' : `hsl(${hue(s.playlistId)} 70% 80%)`,
          })}>${s.blank ? 'dark' : this.name(s.playlistId)}</div>`)}
      </div></div>`;
    })}</div>`;
  }

  override render() {
    if (!this.branch) return nothing;
    const now = this.shown?.segments[0];
    return html`
      <div class="page-head"><div><h1>Signage</h1><p>What the boards play between calls.</p></div></div>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      <section class="card panel" aria-label="Takeover">
        <h2>Takeover</h2>
        ${this.shown?.takeover
          ? html`<p class="taken" role="status">The screens show “${this.shown.takeover.message}”${this.shown.takeover.until ? ` until ${new Date(this.shown.takeover.until).toLocaleString()}` : ' until cleared'}.</p>`
          : html`<p class="hint">For urgent messages: the content zone of the chosen groups shows only this until it is cleared or runs out. Calls still come first.</p>`}
        <form @submit=${this.takeOver}>
          <label class="field grow">Message <input name="message" required maxlength="500" aria-label="Takeover message" /></label>
          <label class="field">Display groups <input name="groups" placeholder="all (or: hall, lobby)" aria-label="Groups" /></label>
          <label class="field">For minutes <input name="minutes" type="number" min="0" placeholder="until cleared" /></label>
          <label class="check"><input type="checkbox" name="speak" /> Also announce it</label>
          <button class="primary">Take over</button>
          ${this.shown?.takeover ? html`<button type="button" class="danger" @click=${() => this.act(() => clearTakeover(this.branch.id))}>Clear takeover</button>` : nothing}
        </form>
      </section>
      <section class="card panel" aria-label="What plays">
        <h2>What plays</h2>
        <form @submit=${(e: SubmitEvent) => e.preventDefault()}>
          <label class="field">Display group <input .value=${this.group} @change=${(e: Event) => (this.group = (e.target as HTMLInputElement).value || 'main')} /></label>
          <label class="field">At <input type="datetime-local" @change=${(e: Event) => (this.at = new Date((e.target as HTMLInputElement).value).getTime() || Date.now())} /></label>
        </form>
        <div aria-label="Preview" role="group">
          <p data-preview>${now?.blank ? 'Dark (outside opening hours)' : this.name(now?.playlistId ?? null)}
            until ${now ? new Date(now.to).toLocaleString() : '—'}</p>
          <ol>${(this.shown?.playlists[String(now?.playlistId)] ?? []).map((i) => html`<li>${this.items.find((x) => x.id === i.id)?.name ?? i.kind} · ${i.durationMs / 1000} s · ${i.transition}</li>`)}</ol>
        </div>
        <div aria-label="Week" role="group"><h3>Week</h3>${this.week()}</div>
      </section>
      <cb-signage-schedule .branch=${this.branch} .revision=${this.revision} @cb-signage-changed=${this.changed}></cb-signage-schedule>
      <cb-signage-library @cb-signage-changed=${this.changed}></cb-signage-library>
      <section class="card panel" aria-label="Proof of play">
        <h2>Plays in the last 7 days</h2>
        ${this.counts.length
          ? html`<div class="table-card"><table><thead><tr><th scope="col">Item</th><th scope="col">Plays</th><th scope="col">Last played</th></tr></thead>
              <tbody>${this.counts.map((c) => html`<tr><td>${this.items.find((i) => i.id === c.itemId)?.name ?? c.itemId}</td><td class="num">${c.plays}</td><td>${new Date(c.lastAt).toLocaleString()}</td></tr>`)}</tbody>
            </table></div>`
          : html`<p class="hint">No board has reported a play yet.</p>`}
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-signage-view': CbSignageView;
  }
}
