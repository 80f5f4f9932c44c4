/** `<cb-phone-survey>`: after a finished visit, one 1–5 satisfaction question and an optional comment, answered once. */
import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { requestJson } from '../common/api-client.ts';
import { PhoneElement } from './phone-element.ts';
import { surveyTexts } from './survey-texts.ts';

type Phase = 'loading' | 'asking' | 'sending' | 'thanks' | 'hidden';

@customElement('cb-phone-survey')
export class CbPhoneSurvey extends PhoneElement {
  static override styles = [
    PhoneElement.styles,
    css`
      :host { width: 100%; max-width: 24rem; text-align: start; }
      fieldset { display: grid; gap: 0.8rem; margin: 0; padding: 0; border: 0; }
      legend { margin-bottom: 0.6rem; font-size: 1.1rem; font-weight: 700; }
      .scores { display: flex; justify-content: space-between; gap: 0.4rem; }
      .scores button { flex: 1; min-height: 3rem; border-radius: 0.8rem; border: 0.1rem solid var(--cb-muted); font-size: 1.2rem; font-weight: 800; }
      .scores button[aria-pressed='true'] { background: var(--cb-primary); color: var(--cb-on-primary); border-color: var(--cb-primary); }
      .ends { display: flex; justify-content: space-between; font-size: 0.9rem; }
      textarea { box-sizing: border-box; width: 100%; min-height: 4.5rem; padding: 0.6rem; border-radius: 0.7rem; font: inherit; }
    `,
  ];

  /** The ticket's phone token; defaults to the page's `?t=` (where the phone app keeps the followed ticket). */
  @property() token = new URLSearchParams(location.search).get('t') ?? '';
  @state() private phase: Phase = 'loading';
  @state() private score = 0;
  @state() private failed = false;
  private comment = '';

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private url(): string {
    return `/api/phone/${encodeURIComponent(this.token)}/feedback`;
  }

  private async load(): Promise<void> {
    const r = await requestJson<{ canAnswer: boolean; answered: boolean }>(this.url());
    // Already answered (on this phone or another) or not answerable: say nothing rather than ask again.
    this.phase = r.ok && r.body.canAnswer ? 'asking' : 'hidden';
  }

  private async send(): Promise<void> {
    if (this.score < 1) return;
    this.phase = 'sending';
    const r = await requestJson(this.url(), { method: 'POST', body: { score: this.score, comment: this.comment.trim() || null } });
    this.failed = !r.ok && r.status !== 409;
    this.phase = this.failed ? 'asking' : 'thanks';
  }

  override render() {
    const t = surveyTexts(this.locale);
    if (this.phase === 'loading' || this.phase === 'hidden') return nothing;
    if (this.phase === 'thanks') return html`<p class="card" role="status">${t.thanks}</p>`;
    return html`<form class="card" @submit=${(e: Event) => (e.preventDefault(), void this.send())}>
      <fieldset>
        <legend>${t.question}</legend>
        <div class="scores">
          ${[1, 2, 3, 4, 5].map(
            (s) => html`<button type="button" aria-pressed=${s === this.score ? 'true' : 'false'} aria-label=${t.scoreLabel.replace('{score}', String(s))}
              @click=${() => (this.score = s)}>${s}</button>`,
          )}
        </div>
        <div class="ends muted" aria-hidden="true"><span>${t.low}</span><span>${t.high}</span></div>
        <label>${t.comment}<textarea maxlength="1000" @input=${(e: Event) => (this.comment = (e.target as HTMLTextAreaElement).value)}></textarea></label>
        ${this.failed ? html`<p role="alert">${t.failed}</p>` : nothing}
        <button class="action primary" type="submit" aria-disabled=${this.score < 1 || this.phase === 'sending' ? 'true' : 'false'}>
          ${this.phase === 'sending' ? t.sending : t.send}
        </button>
      </fieldset>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-phone-survey': CbPhoneSurvey;
  }
}
