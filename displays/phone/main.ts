/** Phone entry point: `?t=<token>` follows a ticket, `?branch=<id>` joins a queue remotely; the last ticket is remembered. */
import { registerServiceWorker } from '../common/sw-register.ts';
import './cb-phone-app.ts';
import './cb-phone-join.ts';
import './cb-phone-outcome.ts';
import './cb-phone-ticket.ts';
import { loadPhoneCatalog, phoneLanguage } from './i18n.ts';
import { startJoin } from './join-controller.ts';
import { followTicket } from './ticket-controller.ts';

const LAST_TICKET = 'callboard:phone:ticket';

const app = document.createElement('cb-phone-app');
document.body.append(app);
const query = new URLSearchParams(location.search);
const branchId = Number(query.get('branch'));
const joining = query.has('branch') && Number.isInteger(branchId) && branchId > 0;
const token = query.get('t')?.trim() || (joining ? null : remembered());

if (!joining && query.get('t') === null && token) {
  // Opened without a link (from the home screen, say): go back to the ticket this phone follows.
  history.replaceState(null, '', `${location.pathname}?t=${encodeURIComponent(token)}`);
}

if (joining) {
  const page = document.createElement('cb-phone-join');
  app.append(page);
  startJoin(app, page, branchId, (newToken) => location.assign(`/phone/?t=${encodeURIComponent(newToken)}`));
} else if (token) {
  remember(token);
  const page = document.createElement('cb-phone-ticket');
  app.append(page);
  followTicket(app, page, token);
} else {
  const page = document.createElement('cb-phone-outcome');
  page.outcome = 'no_ticket';
  app.append(page);
  const language = phoneLanguage(null);
  void loadPhoneCatalog(language).then(() => (app.locale = page.locale = language));
}
// Android shows notifications only through a service worker; it also lets the page open with a weak signal.
registerServiceWorker('phone');

function remembered(): string | null {
  try {
    return localStorage.getItem(LAST_TICKET);
  } catch {
    return null;
  }
}

function remember(value: string): void {
  try {
    localStorage.setItem(LAST_TICKET, value);
  } catch {
    // Private mode: the link itself still works.
  }
}
