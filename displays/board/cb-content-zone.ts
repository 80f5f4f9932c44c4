/**
 * `<cb-content-zone>`: plays the scheduled playlist between calls. Loaded lazily (its own chunk), it switches
 * to a new manifest only once its files are cached, preloads each next item in a hidden layer so nothing
 * goes black, pauses while a call is presented and resumes where it was, and reports what played.
 * A plain custom element on purpose: importing Lit here would re-split the board's shared chunks and cost
 * the board entry more than this whole file.
 */
import type { ManifestItem, PlayReport, SignageManifest } from '../../shared/signage.ts';
import { ready, slide, STYLE } from './content-zone-parts.ts';
import { prefetch, prune } from './signage-cache.ts';

/** One layer's content; its element is built once, so a new slot always means a fresh media element. */
interface Slot { item: ManifestItem; el: HTMLElement }
type Layer = 0 | 1;

export class CbContentZone extends HTMLElement {
  /** The device token, for proof-of-play reports. */
  token = '';
  offsetMs = 0;

  private wanted: SignageManifest | null = null;
  /** The manifest playing now; a wanted one replaces it only once all its files are cached. */
  private active: SignageManifest | null = null;
  private isCalling = false;
  private readonly root = this.attachShadow({ mode: 'open' });
  private readonly layers: [HTMLElement, HTMLElement];
  private readonly takeover = document.createElement('div');
  private readonly dark = document.createElement('div');
  private slots: [Slot | null, Slot | null] = [null, null];
  private front: Layer = 0;
  /** What the zone is doing: `p<playlistId>`, `blank` or `t<takeoverId>`. */
  private mode = '';
  private playlistId: number | null = null;
  private index = -1;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private endsAt = 0;
  private remaining = 0;
  private started = 0;
  private plays: PlayReport['plays'] = [];
  private ticks = 0;
  private ticker: ReturnType<typeof setInterval> | undefined;

  constructor() {
    super();
    // A constructed sheet, not a <style> element: the board's CSP refuses inline styles.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
    this.root.adoptedStyleSheets = [sheet];
    this.layers = [document.createElement('div'), document.createElement('div')];
    this.takeover.className = 'takeover';
    this.dark.className = 'dark';
    this.root.append(...this.layers, this.takeover, this.dark);
    this.show();
  }

  set manifest(m: SignageManifest | null) {
    this.wanted = m;
    if (m) void this.adopt(m);
  }
  get manifest() {
    return this.wanted;
  }

  /** Calls come first: while true the item's clock stops and video pauses, keeping its position. */
  set calling(on: boolean) {
    if (on === this.isCalling) return;
    this.isCalling = on;
    if (on) this.hold();
    else if (this.remaining) this.arm(this.remaining);
    this.syncVideos();
  }
  get calling() {
    return this.isCalling;
  }

  connectedCallback() {
    this.ticker = setInterval(() => this.tick(), 1_000);
  }

  disconnectedCallback() {
    clearInterval(this.ticker);
    clearTimeout(this.timer);
  }

  private now = () => Date.now() + this.offsetMs;

  private tickerText = '';

  /** Ticker items of the playing playlist run in the board's news line, not in the zone (validity checked each second). */
  private announceTicker() {
    const now = this.now();
    const list = this.mode.startsWith('p') ? (this.active?.playlists[String(this.playlistId)] ?? []) : [];
    const text = list
      .filter((i) => i.kind === 'ticker' && i.text && (i.from === undefined || i.from <= now) && (i.to === undefined || now < i.to))
      .map((i) => i.text)
      .join('   •   ');
    if (text === this.tickerText) return;
    this.tickerText = text;
    this.dispatchEvent(new CustomEvent('cb-ticker-items', { detail: text, bubbles: true, composed: true }));
  }

  private tick() {
    this.sync();
    this.announceTicker();
    // Retry a manifest whose files could not all be fetched (offline); every 30 s is plenty.
    if (++this.ticks % 30 === 0 && this.wanted && this.wanted !== this.active) void this.adopt(this.wanted);
    if (this.ticks % 60 === 0) this.flush();
  }

  private async adopt(m: SignageManifest) {
    const cached = await prefetch(m);
    if (m !== this.wanted || (!cached && this.active)) return;
    this.active = m;
    void prune([m]);
    this.sync();
  }

  private items(): ManifestItem[] {
    const now = this.now();
    const list = this.active?.playlists[String(this.playlistId)] ?? [];
    return list.filter((i) => i.kind !== 'ticker' && (i.from === undefined || i.from <= now) && (i.to === undefined || now < i.to));
  }

  /** Follows the manifest's segments: a new playlist, a takeover or a dark screen starts at its boundary. */
  private sync() {
    const m = this.active;
    if (!m) return;
    const now = this.now();
    const seg = m.segments.find((s) => s.from <= now && now < s.to);
    const t = m.takeover && (m.takeover.until === null || now < m.takeover.until) ? m.takeover : null;
    const mode = t ? `t${t.id}` : seg?.blank ? 'blank' : `p${seg?.playlistId ?? ''}`;
    if (mode === this.mode) return;
    this.mode = mode;
    this.takeover.textContent = t?.message ?? '';
    this.playlistId = seg?.playlistId ?? null;
    this.index = -1;
    if (mode.startsWith('p')) void this.advance();
    else this.stop();
    this.show();
    this.announceTicker();
  }

  private stop() {
    this.record();
    clearTimeout(this.timer);
    this.setSlot(0, null);
    this.setSlot(1, null);
  }

  private advance = async () => {
    const items = this.items();
    if (!items.length) return this.stop();
    this.index = (this.index + 1) % items.length;
    const item = items[this.index]!;
    const back = (1 - this.front) as Layer;
    const preloaded = this.slots[back];
    const slot = preloaded?.item.id === item.id ? preloaded : { item, el: this.build(item) };
    this.setSlot(back, slot);
    await ready(slot.el);
    if (this.slots[back] !== slot || this.mode !== `p${this.playlistId ?? ''}`) return; // superseded meanwhile
    this.record();
    this.front = back;
    this.started = this.now();
    this.show();
    this.arm(item.durationMs);
    // Preload the next item in the layer just left, once its fade-out is over.
    setTimeout(() => {
      const list = this.items();
      const next = list[(this.index + 1) % list.length];
      if (next && this.slots[back] === slot) this.setSlot((1 - back) as Layer, { item: next, el: this.build(next) });
    }, 1_000);
  };

  private setSlot(layer: Layer, slot: Slot | null) {
    this.slots[layer] = slot;
    const div = this.layers[layer];
    div.replaceChildren(...(slot ? [slot.el] : []));
    div.className = `layer ${slot?.item.transition ?? ''}`;
    div.dataset.item = slot ? String(slot.item.id) : '';
    this.show();
  }

  /** Applies mode and front layer to the DOM; only the front layer's video plays. */
  private show() {
    this.layers.forEach((div, i) => div.classList.toggle('on', i === this.front && this.slots[i] !== null));
    this.takeover.hidden = !this.mode.startsWith('t');
    this.dark.hidden = this.mode !== 'blank';
    this.syncVideos();
  }

  private syncVideos() {
    this.layers.forEach((div, i) => {
      const v = div.firstElementChild;
      if (!(v instanceof HTMLVideoElement)) return;
      if (i === this.front && !this.isCalling && this.mode.startsWith('p')) {
        // Autoplay with sound may be refused before anyone touched the screen: then play muted.
        v.play().catch(() => ((v.muted = true), v.play().catch(() => {})));
      } else v.pause();
    });
  }

  private arm(ms: number) {
    clearTimeout(this.timer);
    this.remaining = ms;
    if (this.isCalling || !this.mode.startsWith('p') || !this.slots[this.front]) return;
    this.endsAt = Date.now() + ms;
    this.timer = setTimeout(this.advance, ms);
  }

  /** A call: freeze the item's clock so it gets the rest of its time afterwards. */
  private hold() {
    if (this.timer === undefined) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.remaining = Math.max(1_000, this.endsAt - Date.now());
  }

  private onEnded = (e: Event) => {
    if ((e.target as Element).parentElement === this.layers[this.front]) void this.advance();
  };

  private record() {
    const s = this.slots[this.front];
    if (!s || !this.started) return;
    this.plays.push({ itemId: s.item.id, playlistId: this.playlistId, startedAt: this.started, durationMs: Math.max(0, this.now() - this.started) });
    this.started = 0;
    if (this.plays.length >= 20) this.flush();
  }

  private flush() {
    if (!this.plays.length || !this.token) return;
    const plays = this.plays.splice(0, 500);
    fetch('/api/signage/plays', {
      method: 'POST',
      headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ plays }),
    })
      .then((r) => {
        if (!r.ok) throw new Error(String(r.status));
      })
      // Offline: keep them for the next flush, within reason.
      .catch(() => (this.plays = [...plays, ...this.plays].slice(-500)));
  }

  private build(item: ManifestItem): HTMLElement {
    if (item.kind === 'text') return slide(item.html ?? '');
    const tag = item.kind === 'image' ? 'img' : item.kind === 'video' ? 'video' : 'iframe';
    const el = document.createElement(tag);
    if (el instanceof HTMLVideoElement) {
      el.preload = 'auto';
      el.playsInline = true;
      el.addEventListener('ended', this.onEnded);
    }
    if (el instanceof HTMLIFrameElement) {
      // Web pages may run scripts, but in an opaque origin that cannot reach this board.
      el.sandbox.value = 'allow-scripts';
      el.referrerPolicy = 'no-referrer';
      el.src = item.src ?? 'about:blank';
    } else (el as HTMLImageElement | HTMLVideoElement).src = item.src ?? '';
    return el;
  }
}

customElements.define('cb-content-zone', CbContentZone);

declare global {
  interface HTMLElementTagNameMap {
    'cb-content-zone': CbContentZone;
  }
}
