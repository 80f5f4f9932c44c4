/** `<cb-signage-library>`: the signage library: drag-and-drop uploads with progress and reasons, text slides, web pages, ticker lines. */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import type { CbConfirmDialog } from '../common/cb-confirm-dialog.ts';
import '../common/cb-confirm-dialog.ts';
import { messageOf } from '../common/console-api.ts';
import { controls } from '../common/console-styles.ts';
import { screen } from './admin-styles.ts';
import { ITEM_KIND_LABEL, createItem, deleteItem, listItems, uploadFile, type SignageItem } from './signage-api.ts';

interface Upload { name: string; fraction: number; error: string }

const size = (n: number | null) => (n === null ? '—' : n > 1e6 ? `${(n / 1e6).toFixed(1)} MB` : `${Math.ceil(n / 1e3)} KB`);

@customElement('cb-signage-library')
export class CbSignageLibrary extends LitElement {
  static override styles = [
    controls,
    screen,
    css`
      .drop { display: grid; place-items: center; gap: 8px; padding: 28px; border: 2px dashed var(--c-border, #bbb); border-radius: 12px; text-align: center; }
      .drop.over { border-color: var(--c-accent, #2563eb); background: color-mix(in srgb, var(--c-accent, #2563eb) 8%, transparent); }
      .uploads { display: grid; gap: 6px; }
      progress { width: 100%; }
      .error { color: var(--c-danger, #b91c1c); }
      .thumb { width: 64px; height: 40px; object-fit: cover; border-radius: 4px; background: #000; }
      .editor { flex-basis: 100%; min-height: 80px; padding: 8px; border: 1px solid var(--c-border, #bbb); border-radius: 8px; }
      form { display: flex; flex-wrap: wrap; gap: 8px; align-items: end; }
      .panel { display: grid; gap: 12px; padding: 16px 20px; }
      .panel h3 { font-size: 16px; }
      .adders { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 16px; }
      .adders input { flex: 1 1 160px; }
    `,
  ];

  @state() private items: SignageItem[] = [];
  @state() private uploads: Upload[] = [];
  @state() private over = false;
  @state() private error = '';

  override connectedCallback() {
    super.connectedCallback();
    void this.load();
  }

  private async load() {
    try {
      this.items = await listItems();
      this.dispatchEvent(new CustomEvent('cb-signage-changed', { bubbles: true, composed: true }));
    } catch (e) {
      this.error = messageOf(e);
    }
  }

  private async send(files: FileList | null) {
    for (const file of files ?? []) {
      const up: Upload = { name: file.name, fraction: 0, error: '' };
      this.uploads = [...this.uploads, up];
      try {
        await uploadFile(file, (f) => ((up.fraction = f), this.requestUpdate()));
        this.uploads = this.uploads.filter((u) => u !== up);
        await this.load();
      } catch (e) {
        // The server says why (wrong type, too large, not allowed); keep it on screen until dismissed.
        up.error = messageOf(e);
        this.requestUpdate();
      }
    }
  }

  private onDrop = (e: DragEvent) => {
    e.preventDefault();
    this.over = false;
    void this.send(e.dataTransfer?.files ?? null);
  };

  private async add(e: SubmitEvent, kind: 'text' | 'web' | 'ticker') {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const data = new FormData(form);
    const name = String(data.get('name') ?? '').trim();
    try {
      if (kind === 'text') await createItem({ kind, name, html: this.renderRoot.querySelector('.editor')!.innerHTML });
      else if (kind === 'web') await createItem({ kind, name, url: String(data.get('url')) });
      else await createItem({ kind, name, text: String(data.get('text')) });
      form.reset();
      await this.load();
    } catch (err) {
      this.error = messageOf(err);
    }
  }

  @query('cb-confirm-dialog') private confirm!: CbConfirmDialog;

  /** The server refuses (and says which playlists) while a playlist still uses the item. */
  private async deleteOne(item: SignageItem) {
    const yes = await this.confirm.ask({
      title: `Delete ${item.name}?`,
      body: 'It leaves the library for good; screens are not affected, since no playlist may use it.',
      confirmLabel: 'Delete item',
    });
    if (!yes) return;
    try {
      await deleteItem(item.id);
      this.error = '';
      await this.load();
    } catch (err) {
      this.error = messageOf(err);
    }
  }

  // execCommand is deprecated but still the only built-in rich-text editing; the server sanitizes the result.
  private format = (command: string) => document.execCommand(command);

  override render() {
    return html`
      <div class="section-head"><div><h2>Library</h2><p>Images (PNG, JPEG, WebP, up to 10 MB), videos (MP4, WebM, up to 50 MB), text slides, web pages and ticker lines.</p></div></div>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      <section class="card panel" aria-labelledby="upload-title">
        <h3 id="upload-title">Upload images and videos</h3>
        <label class="drop ${this.over ? 'over' : ''}"
          @dragover=${(e: DragEvent) => (e.preventDefault(), (this.over = true))}
          @dragleave=${() => (this.over = false)}
          @drop=${this.onDrop}>
          <span>Drop files here, or choose them</span>
          <input type="file" multiple accept="image/png,image/jpeg,image/webp,video/mp4,video/webm"
            @change=${(e: Event) => void this.send((e.target as HTMLInputElement).files)} />
        </label>
        <div class="uploads" aria-live="polite">
          ${this.uploads.map((u) => html`<div>
            <span>${u.name}</span>
            ${u.error
              ? html`<span class="error" role="alert">: ${u.error}</span>
                  <button class="small" @click=${() => (this.uploads = this.uploads.filter((x) => x !== u))}>Dismiss</button>`
              : html`<progress max="1" .value=${u.fraction} aria-label="Uploading ${u.name}"></progress>`}
          </div>`)}
        </div>
      </section>
      <div class="adders">
        <section class="card panel" aria-labelledby="slide-title">
          <h3 id="slide-title">Text slide</h3>
          <form @submit=${(e: SubmitEvent) => this.add(e, 'text')}>
            <input name="name" required placeholder="Slide name" aria-label="Slide name" />
            <button type="button" class="small" aria-label="Bold" @click=${() => this.format('bold')}><b>B</b></button>
            <button type="button" class="small" aria-label="Italic" @click=${() => this.format('italic')}><i>I</i></button>
            <div class="editor" contenteditable="true" role="textbox" aria-multiline="true" aria-label="Slide text"></div>
            <button>Add text slide</button>
          </form>
        </section>
        <section class="card panel" aria-labelledby="web-title">
          <h3 id="web-title">Web page</h3>
          <form @submit=${(e: SubmitEvent) => this.add(e, 'web')}>
            <input name="name" required placeholder="Page name" aria-label="Page name" />
            <input name="url" type="url" required placeholder="https://…" aria-label="Page address" />
            <button>Add web page</button>
          </form>
          <p class="hint">Shown in a sandbox: no scripts reach the board.</p>
        </section>
        <section class="card panel" aria-labelledby="ticker-title">
          <h3 id="ticker-title">Ticker line</h3>
          <form @submit=${(e: SubmitEvent) => this.add(e, 'ticker')}>
            <input name="name" required placeholder="Ticker name" aria-label="Ticker name" />
            <input name="text" required maxlength="500" placeholder="Ticker text" aria-label="Ticker text" />
            <button>Add ticker line</button>
          </form>
          <p class="hint">Runs in the board's news line while a playlist holding it plays.</p>
        </section>
      </div>
      <section class="card panel" aria-labelledby="items-title">
        <h3 id="items-title">In the library</h3>
        ${this.items.length
          ? html`<div class="table-card"><table>
              <thead><tr><th><span class="sr-only">Preview</span></th><th>Name</th><th>Kind</th><th>Size</th><th><span class="sr-only">Actions</span></th></tr></thead>
              <tbody>${this.items.map((i) => html`<tr data-item=${i.id}>
                <td>${i.kind === 'image' && i.sha256 ? html`<img class="thumb" alt="" src="/signage/thumbs/${i.sha256}.webp" />` : nothing}</td>
                <td>${i.name}</td><td>${ITEM_KIND_LABEL[i.kind]}</td><td class="num">${size(i.size)}</td>
                <td><button class="small" @click=${() => this.deleteOne(i)} aria-label="Delete ${i.name}">Delete</button></td>
              </tr>`)}</tbody>
            </table></div>`
          : html`<p class="hint">Nothing yet: upload files or add a slide, a web page or a ticker line.</p>`}
      </section>
      <cb-confirm-dialog></cb-confirm-dialog>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-signage-library': CbSignageLibrary;
  }
}
