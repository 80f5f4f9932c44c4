/** `<cb-branch-settings>`: edits a branch (name, zone, languages, theme, ticker, speech, remote join) or creates one. */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { messageOf } from '../common/console-api.ts';
import { controls } from '../common/console-styles.ts';
import { createBranch, updateBranch, type AdminBranch, type BranchInput } from './admin-api.ts';
import { screen } from './admin-styles.ts';
import { languageList, textField } from './form-data.ts';

const TIME_ZONES: string[] = (() => {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
})();
const NEW_BRANCH: AdminBranch = {
  id: 0,
  name: '',
  timezone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
  languages: ['en'],
  theme: { primary: '#0b5cad', background: '#0f1b2d', text: '#ffffff', logoUrl: null },
  ticker: '',
  speechOutput: 'display',
  allowRemoteJoin: false,
};

@customElement('cb-branch-settings')
export class CbBranchSettings extends LitElement {
  static override styles = [
    controls,
    screen,
    css`
      form {
        display: grid;
        gap: 24px;
        padding: 24px;
      }
      .colours {
        display: flex;
        flex-wrap: wrap;
        gap: 16px 24px;
      }
      input[type='color'] {
        width: 64px;
        height: 40px;
        padding: 2px;
        border: 1px solid var(--c-border-strong);
        border-radius: 8px;
        background: #fff;
      }
      h2 {
        padding-top: 4px;
      }
    `,
  ];

  /** Null: there is no branch yet, so the screen creates the first one. */
  @property({ attribute: false }) branch: AdminBranch | null = null;
  @state() private creating = false;
  @state() private error = '';
  @state() private notice = '';
  @state() private busy = false;

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('branch')) {
      this.creating = false;
      this.error = '';
    }
  }

  override render() {
    const creating = this.creating || !this.branch;
    const b = creating ? NEW_BRANCH : this.branch!;
    return html`
      <div class="page-head">
        <div>
          <h1>${creating ? 'New branch' : 'Branch settings'}</h1>
          <p>${creating ? 'A branch is one waiting room with its own services, counters and screens.' : `How ${b.name} looks and sounds on its screens.`}</p>
        </div>
        ${creating
          ? this.branch ? html`<button @click=${() => (this.creating = false)}>Back to ${this.branch.name}</button>` : nothing
          : html`<button @click=${() => { this.creating = true; this.notice = ''; }}>Add a branch</button>`}
      </div>
      <div class="alert" role="alert">${this.error}</div>
      <div class="notice" role="status">${this.notice}</div>
      ${keyed(creating ? 'new' : b.id, this.form(b, creating))}
    `;
  }

  private form(b: AdminBranch, creating: boolean) {
    return html`<form class="card" @submit=${this.submit}>
      <div class="form-grid">
        <div class="field">
          <label for="name">Name</label>
          <input id="name" name="name" required maxlength="80" .value=${b.name} />
        </div>
        <div class="field">
          <label for="timezone">Time zone</label>
          <input id="timezone" name="timezone" required list="zones" .value=${b.timezone} aria-describedby="timezone-hint" />
          <datalist id="zones">${TIME_ZONES.map((z) => html`<option value=${z}></option>`)}</datalist>
          <span class="hint" id="timezone-hint">Ticket numbers restart at midnight in this zone.</span>
        </div>
        <div class="field wide">
          <label for="languages">Languages</label>
          <input id="languages" name="languages" required .value=${b.languages.join(', ')} aria-describedby="languages-hint" />
          <span class="hint" id="languages-hint">Codes such as en, es, fr, separated by commas. The first is the default on screens and in speech.</span>
        </div>
      </div>
      <h2>Screens</h2>
      <div class="colours">
        ${this.colour('primary', 'Brand colour', b.theme.primary)} ${this.colour('background', 'Background', b.theme.background)}
        ${this.colour('text', 'Text', b.theme.text)}
      </div>
      <p class="hint">The screens adjust these colours where needed so every text stays readable (WCAG AA).</p>
      <div class="form-grid">
        <div class="field wide">
          <label for="logo">Logo address <span class="hint">(optional)</span></label>
          <input id="logo" name="logo" type="url" maxlength="300" placeholder="https://…" .value=${b.theme.logoUrl ?? ''} />
        </div>
        <div class="field wide">
          <label for="ticker">Ticker text <span class="hint">(scrolls along the bottom of the boards; optional)</span></label>
          <textarea id="ticker" name="ticker" rows="2" maxlength="500" .value=${b.ticker}></textarea>
        </div>
      </div>
      <h2>Speech and visitors</h2>
      <fieldset>
        <legend>Who speaks the calls</legend>
        <label class="check"><input type="radio" name="speech" value="display" ?checked=${b.speechOutput === 'display'} />Each board speaks through its own speakers</label>
        <label class="check"><input type="radio" name="speech" value="server" ?checked=${b.speechOutput === 'server'} />The server speaks through the building’s PA system</label>
      </fieldset>
      <label class="check"><input type="checkbox" name="remote" ?checked=${b.allowRemoteJoin} />Visitors may join a queue from their phone before they arrive</label>
      <div class="actions">
        <button class="primary" type="submit" ?disabled=${this.busy}>${creating ? 'Create branch' : 'Save changes'}</button>
      </div>
    </form>`;
  }

  private colour(name: string, label: string, value: string) {
    return html`<div class="field">
      <label for=${name}>${label}</label>
      <input id=${name} name=${name} type="color" .value=${value} />
    </div>`;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const input: BranchInput = {
      name: textField(data, 'name'),
      timezone: textField(data, 'timezone'),
      languages: languageList(textField(data, 'languages')),
      theme: {
        primary: textField(data, 'primary'),
        background: textField(data, 'background'),
        text: textField(data, 'text'),
        logoUrl: textField(data, 'logo') || null,
      },
      ticker: textField(data, 'ticker'),
      speechOutput: data.get('speech') === 'server' ? 'server' : 'display',
      allowRemoteJoin: data.get('remote') === 'on',
    };
    const creating = this.creating || !this.branch;
    this.busy = true;
    this.error = '';
    this.notice = '';
    try {
      const saved = creating ? await createBranch(input) : await updateBranch(this.branch!.id, input);
      this.dispatchEvent(new CustomEvent('cb-branch-saved', { detail: saved, bubbles: true, composed: true }));
      await this.updateComplete;
      this.notice = creating ? `${saved.name} was created. Add its services and counters next.` : 'Changes saved. The screens update now.';
    } catch (error) {
      this.error = messageOf(error);
    } finally {
      this.busy = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-branch-settings': CbBranchSettings;
  }
  interface HTMLElementEventMap {
    'cb-branch-saved': CustomEvent<AdminBranch>;
  }
}
