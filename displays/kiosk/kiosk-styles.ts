/** The kiosk shell's look: a full-screen portrait (or tablet) layout, the out-of-service cover, and nothing but the slip in print. */
import { css } from 'lit';

export const kioskStyles = css`
  :host {
    position: fixed;
    inset: 0;
    display: block;
    background: var(--cb-background);
    color: var(--cb-text);
    font-family: 'Inter', 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', 'Helvetica Neue', Arial, sans-serif;
    -webkit-font-smoothing: antialiased;
    user-select: none;
    -webkit-user-select: none;
  }
  .screen {
    box-sizing: border-box;
    height: 100%;
    display: grid;
    grid-template-rows: auto minmax(0, 1fr);
    padding: 1.4rem 2rem 0;
    gap: 1.4rem;
  }
  header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1.4rem;
    padding-bottom: 1.2rem;
    border-bottom: 0.1rem solid color-mix(in srgb, var(--cb-text) 14%, transparent);
  }
  .brand {
    display: flex;
    align-items: center;
    gap: 1rem;
    min-width: 0;
  }
  .brand img {
    height: 3rem;
    max-width: 12rem;
    object-fit: contain;
  }
  .brand span {
    font-size: 1.3rem;
    font-weight: 800;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  cb-clock {
    --cb-clock-size: 1.7rem;
    flex: none;
  }
  main {
    display: flex;
    flex-direction: column;
    min-height: 0;
    overflow-y: auto;
    padding-bottom: 2rem;
    /* Room for the focus ring of the first and last buttons. */
    padding-inline: 0.4rem;
    margin-inline: -0.4rem;
  }
  main > * {
    flex: 1 0 auto;
  }
  @media (min-aspect-ratio: 2/3) {
    .screen {
      gap: 1rem;
      padding-top: 1rem;
    }
    header {
      padding-bottom: 0.8rem;
    }
  }
  .splash {
    height: 100%;
    display: grid;
    place-content: center;
    padding: 2rem;
    font-size: 1.6rem;
    font-weight: 600;
    text-align: center;
  }
  .outage {
    position: fixed;
    inset: 0;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 1rem;
    padding: 3rem;
    background: var(--cb-background);
    text-align: center;
  }
  .outage svg {
    width: 7rem;
    height: 7rem;
    color: var(--cb-text);
  }
  .outage h1 {
    margin: 0;
    font-size: 3.2rem;
    font-weight: 800;
  }
  .outage p {
    margin: 0;
    font-size: 1.8rem;
  }
  .outage .other {
    font-size: 1.3rem;
    color: var(--cb-muted);
  }
  .outage .detail {
    margin-top: 2rem;
    font-size: 1rem;
    color: var(--cb-muted);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media print {
    :host {
      position: static;
      background: #fff;
    }
    .screen,
    .outage,
    .splash {
      display: none;
    }
  }
`;
