/** `<cb-user-form>`: a dialog to create a staff or admin account with its home branch. */
import { AdminDialog } from './admin-dialog.ts';
import { html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { controls } from '../common/console-styles.ts';
import type { User } from '../common/session-api.ts';
import { createUser, type AdminBranch, type UserInput } from './admin-api.ts';
import { screen } from './admin-styles.ts';
import { intField, textField } from './form-data.ts';

@customElement('cb-user-form')
export class CbUserForm extends AdminDialog {
  static override styles = [controls, screen];

  @property({ attribute: false }) branches: AdminBranch[] = [];

  async open(): Promise<void> {
    await this.show();
  }

  override render() {
    return html`<dialog class="wide" aria-labelledby="user-title">
      ${keyed(this.generation, html`<form @submit=${this.submit}>
        <h2 id="user-title">Add a user</h2>
        <div class="form-grid">
          <div class="field">
            <label for="display-name">Full name</label>
            <input id="display-name" name="displayName" required maxlength="80" autocomplete="off" />
          </div>
          <div class="field">
            <label for="username">Username</label>
            <input id="username" name="username" required pattern="[a-z0-9._\\-]{2,32}" autocomplete="off" autocapitalize="none" aria-describedby="username-hint" />
            <span class="hint" id="username-hint">2–32 lower-case letters, digits, dots, dashes or underscores.</span>
          </div>
          <div class="field">
            <label for="new-password">Password</label>
            <input id="new-password" name="password" type="password" required minlength="10" autocomplete="new-password" aria-describedby="password-hint" />
            <span class="hint" id="password-hint">At least 10 characters. Give it to the person in private.</span>
          </div>
          <div class="field">
            <label for="role">Role</label>
            <select id="role" name="role">
              <option value="staff">Staff: calls visitors at a counter</option>
              <option value="admin">Administrator: sets everything up</option>
            </select>
          </div>
          <div class="field wide">
            <label for="home-branch">Branch</label>
            <select id="home-branch" name="branch" aria-describedby="branch-hint">
              ${this.branches.map((b) => html`<option value=${b.id}>${b.name}</option>`)}
              <option value="0">All branches</option>
            </select>
            <span class="hint" id="branch-hint">Staff work only in their branch; “All branches” lets them work anywhere.</span>
          </div>
        </div>
        ${this.footer('Add user')}
      </form>`)}
    </dialog>`;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const branchId = intField(data, 'branch');
    const input: UserInput = {
      username: textField(data, 'username'),
      displayName: textField(data, 'displayName'),
      password: String(data.get('password') ?? ''),
      role: data.get('role') === 'admin' ? 'admin' : 'staff',
      branchId: branchId > 0 ? branchId : null,
    };
    await this.saveAndClose('cb-user-saved', () => createUser(input));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-user-form': CbUserForm;
  }
  interface HTMLElementEventMap {
    'cb-user-saved': CustomEvent<User>;
  }
}
