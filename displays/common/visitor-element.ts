/** Base of the kiosk's and the phone's elements: a locale, focus moved to each new view's heading, bubbling events. */
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';

export class VisitorElement extends LitElement {
  @property() locale = 'en';

  /** Moves focus to the view's title, so keyboard and screen reader users start reading the new view there. */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
  }

  protected emit(type: string): void {
    this.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true }));
  }
}
