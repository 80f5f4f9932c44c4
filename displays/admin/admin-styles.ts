/** Layout shared by the admin screens: the page heading with its toolbar, table cards and form grids. */
import { css } from 'lit';

export const screen = css`
  :host {
    display: grid;
    gap: 20px;
    align-content: start;
  }
  .page-head {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    justify-content: space-between;
    gap: 12px 24px;
  }
  .page-head h1 {
    font-size: 24px;
    font-weight: 800;
  }
  /* A titled part of a screen, under its page heading (one h1 per page). */
  .section-head h2 {
    font-size: 20px;
    font-weight: 800;
  }
  .section-head p {
    max-width: 640px;
    margin-top: 4px;
    color: var(--c-muted);
  }
  .page-head p {
    max-width: 640px;
    margin-top: 4px;
    color: var(--c-muted);
  }
  .table-card {
    overflow-x: auto;
  }
  .table-card table {
    min-width: 560px;
  }
  .num {
    font-variant-numeric: tabular-nums;
  }
  .prefix {
    display: inline-grid;
    place-items: center;
    width: 34px;
    height: 34px;
    border-radius: 8px;
    background: var(--c-primary-soft);
    color: var(--c-primary-hover);
    font-weight: 800;
  }
  .muted {
    color: var(--c-muted);
  }
  .row-actions {
    display: flex;
    justify-content: flex-end;
    gap: 6px;
  }
  .empty-state {
    padding: 40px 24px;
    color: var(--c-muted);
    text-align: center;
  }
  .form-grid {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: 16px 20px;
  }
  .form-grid .wide {
    grid-column: 1 / -1;
  }
  @media (max-width: 700px) {
    .form-grid {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  dialog.wide {
    width: min(720px, calc(100vw - 32px));
  }
  dialog form {
    max-height: calc(100vh - 48px);
    overflow-y: auto;
  }
`;
