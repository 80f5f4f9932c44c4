/** `<cb-schedule-editor>`: a dialog to add or change a signage schedule: name, playlist, days and hours or cron, dates, groups, priority. */
import { css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { ApiError } from '../common/console-api.ts';
import { controls } from '../common/console-styles.ts';
import type { AdminBranch } from './admin-api.ts';
import { AdminDialog } from './admin-dialog.ts';
import { screen } from './admin-styles.ts';
import { DEFAULT_DAYPART, WEEK, fieldOfErrorCode, newSchedule, readSchedule, type ScheduleField } from './schedule-draft.ts';
import { createSchedule, saveSchedule, type Playlist, type Schedule, type ScheduleInput } from './signage-api.ts';

const FIELD_ID: Record<ScheduleField, string> = {
  name: 'schedule-name',
  playlist: 'schedule-playlist',
  days: `schedule-day-${WEEK[0]![0]}`,
  from: 'schedule-from',
  to: 'schedule-to',
  expression: 'schedule-cron',
  validFrom: 'schedule-valid-from',
  validTo: 'schedule-valid-to',
  groups: 'schedule-groups',
  priority: 'schedule-priority',
};

@customElement('cb-schedule-editor')
export class CbScheduleEditor extends AdminDialog {
  static override styles = [controls, screen, css`
    /* The rule kind not chosen keeps what was typed in it, out of sight; its fields' display rules would otherwise show it. */
    [hidden] { display: none !important; }
    .choices, .days { display: flex; flex-wrap: wrap; gap: 4px 20px; }
  `];

  @state() private branch: AdminBranch | null = null;
  @state() private playlists: Playlist[] = [];
  /** Null: a new schedule. */
  @state() private schedule: Schedule | null = null;
  @state() private start: ScheduleInput = newSchedule(0);
  @state() private kind: ScheduleInput['rule']['kind'] = 'daypart';
  @state() private invalid: ScheduleField | null = null;

  /** `defaultPlaylistId` preselects a new schedule's playlist (the first one otherwise). */
  async open(branch: AdminBranch, playlists: Playlist[], schedule: Schedule | null, defaultPlaylistId: number | null = null): Promise<void> {
    this.branch = branch;
    this.playlists = playlists;
    this.schedule = schedule;
    const preselected = playlists.find((p) => p.id === defaultPlaylistId) ?? playlists[0];
    this.start = schedule ?? newSchedule(preselected?.id ?? 0);
    this.kind = this.start.rule.kind;
    this.invalid = null;
    await this.show();
  }

  override render() {
    const s = this.schedule;
    return html`<dialog class="wide" aria-labelledby="schedule-title">
      ${keyed(this.generation, html`<form novalidate @submit=${this.submit}>
        <h2 id="schedule-title">${s ? `Edit ${s.name}` : 'New schedule'}</h2>
        ${this.fields()}
        ${this.playlists.length ? nothing : html`<p class="warning">A schedule plays a playlist, and this branch has none yet: make a playlist first.</p>`}
        ${this.footer(s ? 'Save schedule' : 'Create schedule', this.playlists.length > 0)}
      </form>`)}
    </dialog>`;
  }

  private fields() {
    const v = this.start;
    const daypart = v.rule.kind === 'daypart' ? v.rule : DEFAULT_DAYPART;
    const expression = v.rule.kind === 'cron' ? v.rule.expression : '';
    const invalid = (field: ScheduleField) => (this.invalid === field ? 'true' : 'false');
    const cron = this.kind === 'cron';
    return html`<div class="form-grid">
      <div class="field">
        <label for="schedule-name">Schedule name</label>
        <input id="schedule-name" name="name" required maxlength="80" autocomplete="off" .value=${v.name} aria-invalid=${invalid('name')} />
      </div>
      <div class="field">
        <label for="schedule-playlist">Playlist</label>
        <select id="schedule-playlist" name="playlist" aria-invalid=${invalid('playlist')}>
          ${this.playlists.map((p) => html`<option value=${p.id} ?selected=${p.id === v.playlistId}>${p.name}</option>`)}
        </select>
      </div>
      <fieldset class="wide">
        <legend>When it plays</legend>
        <div class="choices">
          <label class="check"><input type="radio" name="kind" value="daypart" .checked=${!cron} @change=${() => (this.kind = 'daypart')} /> On chosen days, between two times</label>
          <label class="check"><input type="radio" name="kind" value="cron" .checked=${cron} @change=${() => (this.kind = 'cron')} /> Whenever a cron expression matches</label>
        </div>
      </fieldset>
      <fieldset class="wide" ?hidden=${cron}>
        <legend>Days</legend>
        <div class="days">
          ${WEEK.map(([day, name]) => html`<label class="check">
            <input type="checkbox" id="schedule-day-${day}" name="day" value=${day} .checked=${daypart.days.includes(day)} /> ${name}
          </label>`)}
        </div>
      </fieldset>
      <div class="field" ?hidden=${cron}>
        <label for="schedule-from">Start time</label>
        <input id="schedule-from" name="from" type="time" .value=${daypart.from} aria-invalid=${invalid('from')} aria-describedby="schedule-hours-hint" />
      </div>
      <div class="field" ?hidden=${cron}>
        <label for="schedule-to">End time</label>
        <input id="schedule-to" name="to" type="time" .value=${daypart.to} aria-invalid=${invalid('to')} aria-describedby="schedule-hours-hint" />
      </div>
      <p class="hint wide" id="schedule-hours-hint" ?hidden=${cron}>
        In the branch's time (${this.branch?.timezone}). An end before the start runs past midnight; the same time at both ends plays all day.
      </p>
      <div class="field wide" ?hidden=${!cron}>
        <label for="schedule-cron">Cron expression</label>
        <input id="schedule-cron" name="expression" autocomplete="off" spellcheck="false" .value=${expression}
          aria-invalid=${invalid('expression')} aria-describedby="schedule-cron-hint" />
        <span class="hint" id="schedule-cron-hint">Plays during every minute it matches, in the branch's time (${this.branch?.timezone}): "* 8-11 * * 1-5" is weekdays 08:00–12:00.</span>
      </div>
      <div class="field">
        <label for="schedule-valid-from">Start date</label>
        <input id="schedule-valid-from" name="validFrom" type="date" .value=${v.validFrom ?? ''} aria-invalid=${invalid('validFrom')} aria-describedby="schedule-dates-hint" />
      </div>
      <div class="field">
        <label for="schedule-valid-to">End date</label>
        <input id="schedule-valid-to" name="validTo" type="date" .value=${v.validTo ?? ''} aria-invalid=${invalid('validTo')} aria-describedby="schedule-dates-hint" />
      </div>
      <p class="hint wide" id="schedule-dates-hint">Both days included; leave a date empty for no limit.</p>
      <div class="field">
        <label for="schedule-groups">Display groups</label>
        <input id="schedule-groups" name="groups" autocomplete="off" .value=${v.groups?.join(', ') ?? ''} aria-invalid=${invalid('groups')} aria-describedby="schedule-groups-hint" />
        <span class="hint" id="schedule-groups-hint">Empty for every display; several separated by commas.</span>
      </div>
      <div class="field">
        <label for="schedule-priority">Priority</label>
        <input id="schedule-priority" name="priority" type="number" min="-100" max="100" step="1" .value=${String(v.priority)}
          aria-invalid=${invalid('priority')} aria-describedby="schedule-priority-hint" />
        <span class="hint" id="schedule-priority-hint">The highest priority wins where schedules overlap.</span>
      </div>
    </div>`;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.branch) return;
    const checked = readSchedule(new FormData(event.target as HTMLFormElement));
    if ('problem' in checked) {
      this.error = checked.problem;
      await this.mark(checked.field);
      return;
    }
    this.invalid = null;
    const branchId = this.branch.id;
    const { schedule } = this;
    let refused: ScheduleField | null = null;
    await this.saveAndClose('cb-schedule-saved', async (): Promise<Schedule> => {
      try {
        return schedule ? await saveSchedule(branchId, schedule.id, checked.input) : await createSchedule(branchId, checked.input);
      } catch (error) {
        refused = error instanceof ApiError ? fieldOfErrorCode(error.code) : null;
        throw error;
      }
    });
    if (refused) await this.mark(refused);
  }

  /** Marks the field at fault and puts the focus there, where the fix is typed. */
  private async mark(field: ScheduleField): Promise<void> {
    this.invalid = field;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${FIELD_ID[field]}`)?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-schedule-editor': CbScheduleEditor;
  }
  interface HTMLElementEventMap {
    'cb-schedule-saved': CustomEvent<Schedule>;
  }
}
