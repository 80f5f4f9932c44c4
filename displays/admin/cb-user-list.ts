/** `<cb-user-list>`: every account with its role, branch and state; change role or branch, disable and enable, add users. */
import { LitElement, html } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { messageOf } from '../common/console-api.ts';
import { controls } from '../common/console-styles.ts';
import { currentUser, type User } from '../common/session-api.ts';
import { listUsers, updateUser, type AdminBranch, type UserPatch } from './admin-api.ts';
import { screen } from './admin-styles.ts';
import type { CbConfirmDialog } from '../common/cb-confirm-dialog.ts';
import '../common/cb-confirm-dialog.ts';
import type { CbUserForm } from './cb-user-form.ts';
import './cb-user-form.ts';

@customElement('cb-user-list')
export class CbUserList extends LitElement {
  static override styles = [controls, screen];

  @property({ attribute: false }) branches: AdminBranch[] = [];
  @state() private users: User[] | null = null;
  @state() private meId = 0;
  @state() private error = '';
  @state() private notice = '';
  @query('cb-user-form') private form!: CbUserForm;
  @query('cb-confirm-dialog') private confirm!: CbConfirmDialog;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const [users, me] = await Promise.all([listUsers(), currentUser()]);
      this.users = users.sort((a, b) => a.displayName.localeCompare(b.displayName));
      this.meId = me?.id ?? 0;
    } catch (error) {
      this.error = messageOf(error);
    }
  }

  override render() {
    return html`
      <div class="page-head">
        <div>
          <h1>Users</h1>
          <p>Staff call visitors at the counters of their branch; administrators set everything up.</p>
        </div>
        <button class="primary" @click=${() => this.form.open()}>Add user</button>
      </div>
      <div class="alert" role="alert">${this.error}</div>
      <div class="notice" role="status">${this.notice}</div>
      <div class="card table-card">
        ${this.users === null ? html`<p class="empty-state" role="status">Loading users…</p>` : this.table(this.users)}
      </div>
      <cb-user-form .branches=${this.branches} @cb-user-saved=${this.created}></cb-user-form>
      <cb-confirm-dialog></cb-confirm-dialog>
    `;
  }

  private table(users: User[]) {
    return html`<table>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Role</th>
          <th scope="col">Branch</th>
          <th scope="col">Status</th>
          <th scope="col"><span class="sr-only">Actions</span></th>
        </tr>
      </thead>
      <tbody>
        ${users.map((u) => {
          // Changing your own role or access could lock you out of the admin halfway through.
          const self = u.id === this.meId;
          return html`<tr data-testid="user-row">
            <td>
              <div>${u.displayName}${self ? html` <span class="pill info">You</span>` : ''}</div>
              <div class="hint">${u.username}</div>
            </td>
            <td>
              <select aria-label="Role of ${u.displayName}" ?disabled=${self} @change=${(e: Event) => this.patch(u, { role: value(e) === 'admin' ? 'admin' : 'staff' })}>
                <option value="staff" ?selected=${u.role === 'staff'}>Staff</option>
                <option value="admin" ?selected=${u.role === 'admin'}>Administrator</option>
              </select>
            </td>
            <td>
              <select aria-label="Branch of ${u.displayName}" @change=${(e: Event) => this.patch(u, { branchId: Number(value(e)) || null })}>
                ${this.branches.map((b) => html`<option value=${b.id} ?selected=${u.branchId === b.id}>${b.name}</option>`)}
                <option value="0" ?selected=${u.branchId === null}>All branches</option>
              </select>
            </td>
            <td>${u.disabled ? html`<span class="pill bad">Disabled</span>` : html`<span class="pill ok">Active</span>`}</td>
            <td>
              <div class="row-actions">
                ${u.disabled
                  ? html`<button class="small" aria-label="Enable ${u.displayName}" @click=${() => this.patch(u, { disabled: false })}>Enable</button>`
                  : html`<button class="small danger" aria-label="Disable ${u.displayName}" ?disabled=${self} @click=${() => this.disable(u)}>Disable</button>`}
              </div>
            </td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }

  private async disable(user: User): Promise<void> {
    const yes = await this.confirm.ask({
      title: `Disable ${user.displayName}?`,
      body: `${user.username} can no longer sign in. You can enable the account again at any time.`,
      confirmLabel: 'Disable account',
    });
    if (yes) await this.patch(user, { disabled: true });
  }

  private async patch(user: User, patch: UserPatch): Promise<void> {
    this.error = '';
    this.notice = '';
    try {
      const saved = await updateUser(user.id, patch);
      this.users = (this.users ?? []).map((u) => (u.id === saved.id ? saved : u));
      this.notice = `${saved.displayName}: ${describe(patch)}.`;
    } catch (error) {
      this.error = messageOf(error);
      // The row shows the server's state again, not the refused choice.
      await this.load();
    }
  }

  private readonly created = async (event: CustomEvent<User>): Promise<void> => {
    this.notice = `${event.detail.displayName} can now sign in as “${event.detail.username}”.`;
    await this.load();
  };
}

const value = (event: Event) => (event.target as HTMLSelectElement).value;

function describe(patch: UserPatch): string {
  if (patch.disabled === true) return 'disabled; they can no longer sign in';
  if (patch.disabled === false) return 'enabled';
  if (patch.role) return `role changed to ${patch.role === 'admin' ? 'administrator' : 'staff'}`;
  return 'branch changed';
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-user-list': CbUserList;
  }
}
