/** The look shared by the staff console and the admin: colour tokens (all text pairs WCAG AA) and the base controls. */
import { css } from 'lit';

/** Set once on each app's root element; custom properties inherit through every shadow root below it. */
export const consoleTokens = css`
  :host {
    --c-bg: #f2f4f7;
    --c-surface: #ffffff;
    --c-subtle: #f7f9fb;
    --c-border: #dde3ea;
    /* Control borders need 3:1 against white (WCAG 1.4.11). */
    --c-border-strong: #7d8898;
    --c-text: #111c2d;
    --c-muted: #4f5b6b;
    --c-primary: #0b5cad;
    --c-primary-hover: #084a8c;
    --c-primary-soft: #e8f1fb;
    --c-on-primary: #ffffff;
    --c-danger: #b42318;
    --c-danger-soft: #fdeceb;
    --c-danger-text: #8a1c12;
    --c-success: #067647;
    --c-success-soft: #e5f5ec;
    --c-warning-soft: #fff4e0;
    --c-warning-text: #7a3a06;
    --c-focus: #1a73e8;
    --c-nav: #0f1b2d;
    --c-on-nav: #ffffff;
    --c-on-nav-muted: #b9c4d3;
    --radius: 12px;
    --shadow: 0 1px 2px rgba(16, 24, 40, 0.06), 0 1px 3px rgba(16, 24, 40, 0.08);
    color: var(--c-text);
    font: 15px/1.45 'Inter', 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif;
    -webkit-font-smoothing: antialiased;
  }
`;

export const controls = css`
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  h1,
  h2,
  h3,
  p {
    margin: 0;
  }
  h2 {
    font-size: 17px;
    font-weight: 700;
  }
  h3 {
    font-size: 15px;
    font-weight: 700;
  }
  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 8px;
    min-height: 40px;
    padding: 0 16px;
    border: 1px solid var(--c-border-strong);
    border-radius: 8px;
    background: var(--c-surface);
    color: var(--c-text);
    font: inherit;
    font-weight: 600;
    white-space: nowrap;
    cursor: pointer;
    transition: background 120ms, border-color 120ms;
  }
  button:hover:not(:disabled) {
    background: var(--c-subtle);
    border-color: var(--c-text);
  }
  button.primary {
    background: var(--c-primary);
    border-color: var(--c-primary);
    color: var(--c-on-primary);
  }
  button.primary:hover:not(:disabled) {
    background: var(--c-primary-hover);
    border-color: var(--c-primary-hover);
  }
  button.danger {
    color: var(--c-danger);
    border-color: var(--c-danger);
  }
  button.danger:hover:not(:disabled) {
    background: var(--c-danger-soft);
    border-color: var(--c-danger);
  }
  button.danger-solid {
    background: var(--c-danger);
    border-color: var(--c-danger);
    color: #fff;
  }
  button.danger-solid:hover:not(:disabled) {
    background: var(--c-danger-text);
  }
  button.quiet {
    border-color: transparent;
    background: transparent;
  }
  button.small {
    min-height: 34px;
    padding: 0 12px;
    font-size: 14px;
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.5;
  }
  :focus-visible {
    outline: 3px solid var(--c-focus);
    outline-offset: 2px;
  }
  .field {
    display: grid;
    align-content: start;
    gap: 6px;
    min-width: 0;
  }
  .field > label,
  .field > .label,
  legend {
    font-size: 14px;
    font-weight: 600;
  }
  .hint {
    color: var(--c-muted);
    font-size: 13px;
  }
  input:not([type='checkbox']):not([type='radio']):not([type='color']):not([type='range']),
  select,
  textarea {
    width: 100%;
    min-height: 40px;
    padding: 8px 12px;
    border: 1px solid var(--c-border-strong);
    border-radius: 8px;
    background: #fff;
    color: var(--c-text);
    font: inherit;
  }
  textarea {
    resize: vertical;
  }
  input[type='checkbox'],
  input[type='radio'] {
    width: 18px;
    height: 18px;
    margin: 0;
    accent-color: var(--c-primary);
  }
  .check {
    display: flex;
    align-items: center;
    gap: 10px;
    min-height: 32px;
    cursor: pointer;
  }
  fieldset {
    display: grid;
    gap: 8px;
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .card {
    background: var(--c-surface);
    border: 1px solid var(--c-border);
    border-radius: var(--radius);
    box-shadow: var(--shadow);
  }
  .alert {
    display: flex;
    align-items: flex-start;
    gap: 12px;
    padding: 12px 16px;
    border: 1px solid #f3b5ae;
    border-inline-start: 4px solid var(--c-danger);
    border-radius: 8px;
    background: var(--c-danger-soft);
    color: var(--c-danger-text);
    font-weight: 600;
  }
  .alert:empty {
    display: none;
  }
  .notice {
    padding: 10px 14px;
    border-radius: 8px;
    background: var(--c-success-soft);
    color: var(--c-success);
    font-weight: 600;
  }
  .notice:empty {
    display: none;
  }
  .warning {
    padding: 8px 12px;
    border-radius: 8px;
    background: var(--c-warning-soft);
    color: var(--c-warning-text);
    font-weight: 600;
  }
  .pill {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    padding: 2px 10px;
    border-radius: 999px;
    background: var(--c-subtle);
    border: 1px solid var(--c-border);
    color: var(--c-muted);
    font-size: 13px;
    font-weight: 600;
    white-space: nowrap;
  }
  .pill.ok {
    background: var(--c-success-soft);
    border-color: #a6dcc0;
    color: var(--c-success);
  }
  .pill.warn {
    background: var(--c-warning-soft);
    border-color: #f5cf97;
    color: var(--c-warning-text);
  }
  .pill.bad {
    background: var(--c-danger-soft);
    border-color: #f3b5ae;
    color: var(--c-danger-text);
  }
  .pill.info {
    background: var(--c-primary-soft);
    border-color: #b5d0ef;
    color: var(--c-primary-hover);
  }
  kbd {
    padding: 1px 6px;
    border: 1px solid currentColor;
    border-radius: 4px;
    font: 600 12px/1.4 ui-monospace, 'SF Mono', Menlo, Consolas, monospace;
    opacity: 0.9;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  dialog {
    width: min(520px, calc(100vw - 32px));
    padding: 0;
    border: 0;
    border-radius: 16px;
    background: var(--c-surface);
    color: var(--c-text);
    box-shadow: 0 24px 48px rgba(16, 24, 40, 0.22);
  }
  dialog::backdrop {
    background: rgba(15, 27, 45, 0.5);
  }
  dialog form {
    display: grid;
    gap: 16px;
    padding: 24px;
  }
  dialog h2 {
    font-size: 19px;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 10px;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th {
    padding: 10px 12px;
    border-bottom: 1px solid var(--c-border);
    color: var(--c-muted);
    font-size: 13px;
    font-weight: 600;
    text-align: start;
    white-space: nowrap;
  }
  td {
    padding: 12px;
    border-bottom: 1px solid var(--c-border);
    vertical-align: middle;
  }
  tr:last-child td {
    border-bottom: 0;
  }
`;
