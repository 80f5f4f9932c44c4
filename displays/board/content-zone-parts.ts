/** Pieces of `<cb-content-zone>` that need no state: its styles, the text-slide builder, and media readiness. */

const READY_CAP_MS = 8_000;
export const STYLE = `
:host { grid-area: content; position: relative; display: block; min-height: 0; overflow: hidden; border-radius: 2.4vmin; background: #000; }
.layer { position: absolute; inset: 0; opacity: 0; }
.layer.fade { transition: opacity 0.6s; }
.layer.on { opacity: 1; z-index: 1; }
img, video, iframe { display: block; width: 100%; height: 100%; border: 0; object-fit: contain; }
.takeover { position: absolute; inset: 0; z-index: 2; display: grid; place-content: center; padding: 4vmin; text-align: center;
  font-size: clamp(16px, 5vmin, 140px); font-weight: 800; background: var(--cb-accent, #c00); color: var(--cb-background, #fff); }
.dark { position: fixed; inset: 0; z-index: 100; background: #000; }
.slide { box-sizing: border-box; height: 100%; display: grid; place-content: center; padding: 4vmin; text-align: center; color: #fff; background: #111;
  font-size: clamp(14px, 4vmin, 120px); overflow: hidden; }
[hidden] { display: none; }`;
const SLIDE_TAGS = new Set(['P', 'BR', 'STRONG', 'B', 'EM', 'I', 'U', 'S', 'H1', 'H2', 'H3', 'UL', 'OL', 'LI', 'SPAN', 'BLOCKQUOTE']);

/**
 * A text slide's HTML was sanitized on the server; this is the second wall. It is parsed inert (a template
 * runs nothing) and only the server's tag list survives, with no attribute but style; the board's CSP then
 * blocks scripts anyway. (A sandboxed srcdoc frame would inherit the CSP and lose every style.)
 */
export function slide(html: string): HTMLElement {
  const t = document.createElement('template');
  t.innerHTML = html;
  const parsed = t.content;
  // querySelectorAll is a static list, and getAttributeNames a copy: removing while iterating is safe.
  // The CSP refuses style attributes, so each sanitized style is taken off and re-applied through the CSSOM, which it allows.
  const styles: [HTMLElement, string][] = [];
  for (const el of parsed.querySelectorAll('*')) {
    if (!SLIDE_TAGS.has(el.tagName)) el.remove();
    else {
      const css = el.getAttribute('style');
      for (const name of el.getAttributeNames()) el.removeAttribute(name);
      if (css && el instanceof HTMLElement) styles.push([el, css]);
    }
  }
  const div = document.createElement('div');
  div.className = 'slide';
  div.append(...parsed.childNodes);
  for (const [el, css] of styles) el.style.cssText = css;
  return div;
}

/** Resolves when a layer's media can show its first frame (capped, so a broken file never stalls the zone). */
export function ready(el: HTMLElement): Promise<void> {
  return new Promise((done) => {
    setTimeout(done, READY_CAP_MS);
    if (el instanceof HTMLImageElement) el.decode().then(() => done(), () => done());
    else if (el instanceof HTMLVideoElement && el.readyState < 3) {
      el.addEventListener('canplay', () => done(), { once: true });
      el.addEventListener('error', () => done(), { once: true });
    } else done();
  });
}
