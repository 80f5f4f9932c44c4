/** `<cb-service-editor>`: a dialog to add or change a service: letter, names per language, target wait, hours, active, order. */
import { AdminDialog } from './admin-dialog.ts';
import { html } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { controls } from '../common/console-styles.ts';
import { languageName } from '../common/language-name.ts';
import { createService, updateService, type AdminBranch, type AdminService, type ServiceInput } from './admin-api.ts';
import { screen } from './admin-styles.ts';
import type { CbOpeningHoursEditor } from './cb-opening-hours-editor.ts';
import './cb-opening-hours-editor.ts';
import { intField, textField } from './form-data.ts';

@customElement('cb-service-editor')
export class CbServiceEditor extends AdminDialog {
  static override styles = [controls, screen];

  @state() private branch: AdminBranch | null = null;
  /** Null: a new service. */
  @state() private service: AdminService | null = null;
  @query('cb-opening-hours-editor') private hoursEditor!: CbOpeningHoursEditor;
  private nextSortOrder = 0;

  async open(branch: AdminBranch, service: AdminService | null, nextSortOrder = 0): Promise<void> {
    this.branch = branch;
    this.service = service;
    this.nextSortOrder = nextSortOrder;
    await this.show();
  }

  override render() {
    const s = this.service;
    const languages = this.branch?.languages ?? ['en'];
    return html`<dialog class="wide" aria-labelledby="service-title">
      ${keyed(this.generation, html`<form @submit=${this.submit}>
        <h2 id="service-title">${s ? `Edit service ${s.prefix}` : 'Add a service'}</h2>
        <div class="form-grid">
          <div class="field">
            <label for="prefix">Ticket letter</label>
            <input id="prefix" name="prefix" required maxlength="1" pattern="[A-Za-z]" autocomplete="off" .value=${s?.prefix ?? ''} aria-describedby="prefix-hint" />
            <span class="hint" id="prefix-hint">Tickets are numbered A001, A002 … One letter per service.</span>
          </div>
          <div class="field">
            <label for="target">Target wait (minutes)</label>
            <input id="target" name="target" type="number" required min="1" max="600" .value=${String(s?.targetWaitMin ?? 10)} />
          </div>
          ${languages.map(
            (lang, i) => html`<div class="field">
              <label for="name-${lang}">Name in ${languageName(lang)}${i === 0 ? '' : html` <span class="hint">(optional)</span>`}</label>
              <input id="name-${lang}" name="name-${lang}" lang=${lang} maxlength="120" ?required=${i === 0} .value=${s?.names[lang] ?? ''} />
            </div>`,
          )}
          <div class="field">
            <label for="order">Position on kiosks</label>
            <input id="order" name="order" type="number" min="0" max="1000" .value=${String(s?.sortOrder ?? this.nextSortOrder)} aria-describedby="order-hint" />
            <span class="hint" id="order-hint">Lower numbers come first.</span>
          </div>
          <div class="field">
            <span class="label">Availability</span>
            <label class="check"><input type="checkbox" name="active" ?checked=${s?.active ?? true} />Offered now</label>
          </div>
          <div class="wide">
            <cb-opening-hours-editor .value=${s?.openingHours ?? null}></cb-opening-hours-editor>
          </div>
        </div>
        ${this.footer(s ? 'Save service' : 'Add service')}
      </form>`)}
    </dialog>`;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.branch) return;
    const data = new FormData(event.target as HTMLFormElement);
    // Names in languages the branch no longer lists are kept, so removing a language loses nothing.
    const names: Record<string, string> = { ...this.service?.names };
    for (const lang of this.branch.languages) {
      const name = textField(data, `name-${lang}`);
      if (name) names[lang] = name;
      else delete names[lang];
    }
    const input: ServiceInput = {
      prefix: textField(data, 'prefix').toUpperCase(),
      names,
      targetWaitMin: intField(data, 'target'),
      sortOrder: intField(data, 'order') || 0,
      active: data.get('active') === 'on',
      openingHours: this.hoursEditor.hours,
    };
    const branchId = this.branch.id;
    await this.saveAndClose('cb-service-saved', () => this.service ? updateService(this.service.id, input) : createService(branchId, input));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-service-editor': CbServiceEditor;
  }
  interface HTMLElementEventMap {
    'cb-service-saved': CustomEvent<AdminService>;
  }
}
