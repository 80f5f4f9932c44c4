/** `<cb-announce-form>`: announces free text or a saved message to the whole branch or one display group. */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { WireBranch } from '../../shared/model.ts';
import { messageOf } from '../common/console-api.ts';
import { controls } from '../common/console-styles.ts';
import { languageName } from '../common/language-name.ts';
import { announce, listSavedAnnouncements, type AnnounceInput, type SavedAnnouncement } from './staff-api.ts';
import { panel } from './staff-styles.ts';

const MAX_LENGTH = 500;

@customElement('cb-announce-form')
export class CbAnnounceForm extends LitElement {
  static override styles = [
    controls,
    panel,
    css`
      form {
        display: grid;
        gap: 12px;
      }
      .row {
        display: grid;
        grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
        gap: 12px;
      }
    `,
  ];

  @property({ attribute: false }) branch!: WireBranch;

  @state() private saved: SavedAnnouncement[] = [];
  @state() private savedId: number | null = null;
  @state() private error = '';
  @state() private notice = '';
  @state() private busy = false;
  @query('form') private form!: HTMLFormElement;
  private loadedFor: number | null = null;

  override willUpdate(): void {
    if (this.branch && this.loadedFor !== this.branch.id) {
      this.loadedFor = this.branch.id;
      this.savedId = null;
      listSavedAnnouncements(this.branch.id).then(
        (saved) => (this.saved = saved),
        (error: unknown) => (this.error = `Saved messages could not be loaded: ${messageOf(error)}`),
      );
    }
  }

  override render() {
    const chosen = this.saved.find((s) => s.id === this.savedId);
    return html`<section class="card" aria-labelledby="announce-title">
      <div class="head"><h2 id="announce-title">Announce</h2></div>
      <form @submit=${this.submit}>
        ${this.saved.length
          ? html`<div class="field">
              <label for="saved">Message</label>
              <select id="saved" name="saved" @change=${(e: Event) => (this.savedId = Number((e.target as HTMLSelectElement).value) || null)}>
                <option value="">Write a new message</option>
                ${this.saved.map((s) => html`<option value=${s.id}>${s.title} (${s.language})</option>`)}
              </select>
            </div>`
          : nothing}
        ${chosen
          ? html`<p class="hint">“${chosen.text}”</p>`
          : html`<div class="field">
              <label for="text">Text to show and speak</label>
              <textarea id="text" name="text" rows="2" maxlength=${MAX_LENGTH} required></textarea>
            </div>`}
        <div class="row">
          ${chosen
            ? nothing
            : html`<div class="field">
                <label for="language">Language</label>
                <select id="language" name="language">
                  ${this.branch.languages.map((l) => html`<option value=${l}>${languageName(l)}</option>`)}
                </select>
              </div>`}
          <div class="field">
            <label for="group">Display group</label>
            <input id="group" name="group" maxlength="40" placeholder="Whole branch" aria-describedby="group-hint" />
          </div>
        </div>
        <p class="hint" id="group-hint">Leave the group empty to reach every screen of the branch.</p>
        <div class="alert" role="alert">${this.error}</div>
        <div class="notice" role="status">${this.notice}</div>
        <div class="actions">
          <button class="primary" type="submit" ?disabled=${this.busy}>Announce</button>
        </div>
      </form>
    </section>`;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const data = new FormData(this.form);
    const group = String(data.get('group') ?? '').trim();
    const input: AnnounceInput = this.savedId
      ? { savedId: this.savedId }
      : { text: String(data.get('text') ?? '').trim(), language: String(data.get('language') ?? '') || undefined };
    if (group) input.group = group;
    this.busy = true;
    this.error = '';
    this.notice = '';
    try {
      await announce(this.branch.id, input);
      this.notice = group ? `Announced to the displays of group “${group}”.` : 'Announced to the whole branch.';
      this.form.reset();
      this.savedId = null;
    } catch (error) {
      this.error = messageOf(error);
    } finally {
      this.busy = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-announce-form': CbAnnounceForm;
  }
}
