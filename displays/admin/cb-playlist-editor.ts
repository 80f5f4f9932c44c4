/** `<cb-playlist-editor>`: a dialog to create or change a playlist: name, and per item its order, duration, transition and validity. */
import { css, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { controls } from '../common/console-styles.ts';
import { AdminDialog } from './admin-dialog.ts';
import { screen } from './admin-styles.ts';
import { DEFAULT_SECONDS, isTicker, MAX_ITEMS, draftRow, draftRows, durationMs, formatDuration, rowName, toEntries, type DraftRow } from './playlist-draft.ts';
import { moveButtonAfter, moved } from './reorder.ts';
import { ITEM_KIND_LABEL, createPlaylist, savePlaylist, type Playlist, type SignageItem } from './signage-api.ts';


@customElement('cb-playlist-editor')
export class CbPlaylistEditor extends AdminDialog {
  static override styles = [controls, screen, css`
    dialog.wide { width: min(900px, calc(100vw - 32px)); }
    ol { display: grid; gap: 8px; margin: 0; padding: 0; list-style: none; }
    li { display: grid; gap: 8px; padding: 10px 12px; border: 1px solid var(--c-border); border-radius: 10px; background: var(--c-subtle); }
    .head { display: flex; align-items: center; gap: 10px; }
    .pos { width: 22px; color: var(--c-muted); font-weight: 700; text-align: center; }
    .thumb { flex: none; width: 64px; height: 40px; object-fit: cover; border-radius: 4px; background: var(--c-border); }
    .name { flex: 1; min-width: 0; overflow-wrap: anywhere; }
    .name small { display: block; color: var(--c-muted); }
    .fields { display: grid; grid-template-columns: repeat(auto-fit, minmax(140px, 1fr)); gap: 8px; padding-inline-start: 32px; }
    .fields label { display: grid; gap: 4px; font-size: 14px; font-weight: 600; }
    .add { display: flex; flex-wrap: wrap; align-items: end; gap: 8px; }
    .add .field { flex: 1; min-width: 220px; }
  `];

  @state() private branchId = 0;
  @state() private library: SignageItem[] = [];
  /** Null: a new playlist. */
  @state() private playlist: Playlist | null = null;
  @state() private name = '';
  @state() private rows: DraftRow[] = [];
  @state() private announcement = '';
  @query('#playlist-add') private addSelect!: HTMLSelectElement;

  async open(branchId: number, library: SignageItem[], playlist: Playlist | null): Promise<void> {
    this.branchId = branchId;
    this.library = library;
    this.playlist = playlist;
    this.name = playlist?.name ?? '';
    this.rows = draftRows(playlist);
    this.announcement = '';
    await this.show();
  }

  override render() {
    const p = this.playlist;
    const byId = new Map(this.library.map((i) => [i.id, i]));
    const addable = this.library;
    const names = this.rows.map((_, i) => rowName(this.rows, i, byId));
    // A ticker line runs in the news line while the playlist plays: it takes no turn in the content zone.
    const durations = this.rows.map((r) => (isTicker(r, byId) ? 0 : durationMs(r.seconds)));
    const total = durations.reduce((t, ms) => t + (Number.isNaN(ms) ? 0 : ms), 0);
    return html`<dialog class="wide" aria-labelledby="playlist-title">
      ${keyed(this.generation, html`<form novalidate @submit=${this.submit}>
        <h2 id="playlist-title">${p ? `Edit ${p.name}` : 'New playlist'}</h2>
        <div class="field">
          <label for="playlist-name">Playlist name</label>
          <input id="playlist-name" required maxlength="80" .value=${this.name} @input=${(e: Event) => (this.name = (e.target as HTMLInputElement).value)} />
        </div>
        ${this.rows.length
          ? html`<ol aria-label="Items, in order">${repeat(this.rows, (r) => r.key, (r, i) => this.row(r, i, names[i]!, byId.get(r.itemId)))}</ol>`
          : html`<p class="warning">This playlist is empty: screens show the idle slide while it plays. Add items from the library.</p>`}
        <p data-total>Total ${formatDuration(total)} for ${this.rows.length} ${this.rows.length === 1 ? 'item' : 'items'}${durations.some(Number.isNaN) ? ', not counting durations still to fix' : ''}</p>
        <div class="add">
          <div class="field">
            <label for="playlist-add">Library item</label>
            <select id="playlist-add" ?disabled=${!addable.length}>
              ${addable.map((i) => html`<option value=${i.id}>${i.name} (${ITEM_KIND_LABEL[i.kind]})</option>`)}
            </select>
          </div>
          <button type="button" ?disabled=${!addable.length || this.rows.length >= MAX_ITEMS} @click=${this.add}>Add to playlist</button>
        </div>
        ${addable.length ? nothing : html`<p class="hint">The library is empty: upload images or videos, or add text slides, web pages or ticker lines first.</p>`}
        <p class="sr-only" role="status">${this.announcement}</p>
        ${this.footer(p ? 'Save playlist' : 'Create playlist')}
      </form>`)}
    </dialog>`;
  }

  private row(r: DraftRow, index: number, name: string, item: SignageItem | undefined) {
    const last = this.rows.length - 1;
    const set = (patch: Partial<DraftRow>) => (this.rows = this.rows.map((x) => (x === r ? { ...x, ...patch } : x)));
    const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;
    return html`<li data-row=${r.key}>
      <div class="head">
        <span class="pos" aria-hidden="true">${index + 1}</span>
        ${item?.kind === 'image' && item.sha256
          ? html`<img class="thumb" alt="" src="/signage/thumbs/${item.sha256}.webp" />`
          : html`<span class="thumb" aria-hidden="true"></span>`}
        <span class="name">${name}<small>${item ? ITEM_KIND_LABEL[item.kind] : 'Missing from the library'}</small></span>
        <div class="row-actions">
          <button type="button" class="small" data-move="up-${r.key}" aria-label="Move ${name} up" ?disabled=${index === 0} @click=${() => this.move(r, -1)}>↑</button>
          <button type="button" class="small" data-move="down-${r.key}" aria-label="Move ${name} down" ?disabled=${index === last} @click=${() => this.move(r, 1)}>↓</button>
          <button type="button" class="small quiet" data-remove=${r.key} aria-label="Remove ${name}" @click=${() => this.removeRow(r)}>Remove</button>
        </div>
      </div>
      <div class="fields">
        ${item?.kind === 'ticker' ? html`<p class="hint">Runs in the news line while this playlist plays.</p>` : this.turnFields(r, name, set, value)}
        <label>Valid from <input type="date" aria-label="Valid from (${name})" .value=${live(r.validFrom)} @change=${(e: Event) => set({ validFrom: value(e) })} /></label>
        <label>Valid until <input data-until=${r.key} type="date" aria-label="Valid until (${name})" .value=${live(r.validTo)} @change=${(e: Event) => set({ validTo: value(e) })} /></label>
      </div>
    </li>`;
  }

  /** How long the item holds the content zone, and how it comes in. */
  private turnFields(r: DraftRow, name: string, set: (patch: Partial<DraftRow>) => void, value: (e: Event) => string) {
    return html`<label>Seconds <input data-seconds=${r.key} type="number" min="1" max="3600" step="any" required aria-label="Seconds for ${name}"
          aria-invalid=${Number.isNaN(durationMs(r.seconds)) ? 'true' : 'false'}
          .value=${live(r.seconds)} @input=${(e: Event) => set({ seconds: value(e) })} /></label>
        <label>Transition <select aria-label="Transition for ${name}" @change=${(e: Event) => set({ transition: value(e) === 'fade' ? 'fade' : 'cut' })}>
          <option value="cut" ?selected=${r.transition === 'cut'}>Cut</option>
          <option value="fade" ?selected=${r.transition === 'fade'}>Fade</option>
        </select></label>`;
  }

  private add = async () => {
    const itemId = Number(this.addSelect.value);
    const item = this.library.find((i) => i.id === itemId);
    if (!item || this.rows.length >= MAX_ITEMS) return;
    const row = draftRow(itemId);
    this.rows = [...this.rows, row];
    this.announcement =
      item.kind === 'ticker'
        ? `${item.name} added as number ${this.rows.length}; it runs in the news line.`
        : `${item.name} added as number ${this.rows.length}, ${DEFAULT_SECONDS} seconds.`;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>(`[data-seconds="${row.key}"], [data-remove="${row.key}"]`)?.focus();
  };

  private async move(r: DraftRow, by: -1 | 1): Promise<void> {
    const from = this.rows.indexOf(r);
    const next = moved(this.rows, from, by);
    if (!next) return;
    const to = from + by;
    this.rows = next;
    this.announcement = `${this.itemName(r)} is now number ${to + 1}.`;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>(`[data-move="${moveButtonAfter(by, to, next.length)}-${r.key}"]`)?.focus();
  }

  private async removeRow(r: DraftRow): Promise<void> {
    const at = this.rows.indexOf(r);
    this.rows = this.rows.filter((x) => x !== r);
    this.announcement = `${this.itemName(r)} removed.`;
    await this.updateComplete;
    // Focus would otherwise fall to the dialog; the row that took its place is where the user was.
    const neighbour = this.rows[Math.min(at, this.rows.length - 1)];
    const target = neighbour ? this.renderRoot.querySelector<HTMLElement>(`[data-remove="${neighbour.key}"]`) : this.addSelect;
    target?.focus();
  }

  private itemName(r: DraftRow): string {
    return this.library.find((i) => i.id === r.itemId)?.name ?? `Item ${r.itemId}`;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const name = this.name.trim();
    if (!name) {
      this.error = 'Give the playlist a name.';
      this.renderRoot.querySelector<HTMLInputElement>('#playlist-name')?.focus();
      return;
    }
    const result = toEntries(this.rows, new Map(this.library.map((i) => [i.id, i])));
    if ('problem' in result) {
      this.error = result.problem;
      const row = this.rows[result.index]!;
      this.renderRoot.querySelector<HTMLInputElement>(result.field === 'seconds' ? `[data-seconds="${row.key}"]` : `[data-until="${row.key}"]`)?.focus();
      return;
    }
    const input = { name, items: result.entries };
    const { branchId, playlist } = this;
    await this.saveAndClose('cb-playlist-saved', async (): Promise<Playlist> => {
      if (!playlist) return (await createPlaylist(branchId, input)).playlist;
      await savePlaylist(branchId, playlist.id, input);
      return { id: playlist.id, ...input };
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-playlist-editor': CbPlaylistEditor;
  }
  interface HTMLElementEventMap {
    'cb-playlist-saved': CustomEvent<Playlist>;
  }
}
