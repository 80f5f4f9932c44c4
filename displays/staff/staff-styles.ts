/** Styles the staff console's panels share: the card header and the ticket-code type. */
import { css } from 'lit';

export const panel = css`
  :host {
    display: block;
  }
  section {
    display: grid;
    gap: 14px;
    padding: 18px 20px;
  }
  .head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 12px;
    min-height: 32px;
  }
  .code {
    font-weight: 800;
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.02em;
  }
  .empty {
    color: var(--c-muted);
  }
  ul.rows {
    display: grid;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  ul.rows li {
    display: flex;
    align-items: center;
    gap: 12px;
    padding: 10px 0;
    border-top: 1px solid var(--c-border);
  }
  ul.rows li:first-child {
    border-top: 0;
  }
  .grow {
    flex: 1;
    min-width: 0;
  }
  .sub {
    color: var(--c-muted);
    font-size: 13px;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
`;
