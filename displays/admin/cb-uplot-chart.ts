/** `<cb-uplot-chart>`: one uPlot chart in a shadow root, sized to its box, rebuilt when options or data change. */
import { LitElement, css, html, unsafeCSS, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import uPlot from 'uplot';
import uplotCss from 'uplot/dist/uPlot.min.css?inline';

@customElement('cb-uplot-chart')
export class CbUplotChart extends LitElement {
  static override styles = [
    unsafeCSS(uplotCss),
    css`
      :host {
        display: block;
        min-height: 260px;
      }
    `,
  ];

  /** Everything but the size, which follows the element's width. */
  @property({ attribute: false }) options: Omit<uPlot.Options, 'width' | 'height'> | null = null;
  @property({ attribute: false }) data: uPlot.AlignedData | null = null;
  @property({ type: Number }) height = 260;

  private plot: uPlot | null = null;
  private readonly resize = new ResizeObserver(() => this.plot?.setSize({ width: this.width(), height: this.height }));

  override connectedCallback(): void {
    super.connectedCallback();
    this.resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize.disconnect();
    this.plot?.destroy();
    this.plot = null;
  }

  override render() {
    return html`<div id="chart"></div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('options') && !changed.has('data') && !changed.has('height')) return;
    this.plot?.destroy();
    this.plot = null;
    if (!this.options || !this.data) return;
    const target = this.renderRoot.querySelector('#chart') as HTMLElement;
    this.plot = new uPlot({ ...this.options, width: this.width(), height: this.height }, this.data, target);
  }

  private width(): number {
    // Before layout the width is 0; uPlot then draws nothing, so start from a sensible size.
    return Math.max(320, Math.floor(this.getBoundingClientRect().width));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-uplot-chart': CbUplotChart;
  }
}
