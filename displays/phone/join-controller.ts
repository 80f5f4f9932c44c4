/** Wires the join page: loads the joinable services, refreshes their queues, and joins, then opens the new ticket. */
import type { CbPhoneApp } from './cb-phone-app.ts';
import type { CbPhoneJoin } from './cb-phone-join.ts';
import { loadPhoneCatalog, phoneLanguage, type PhoneMessageKey } from './i18n.ts';
import { fetchJoinOptions, joinQueue } from './phone-api.ts';

/** Queue counts on the join page are a guide, not a race: refresh them now and then. */
const REFRESH_MS = 15_000;

export function startJoin(app: CbPhoneApp, page: CbPhoneJoin, branchId: number, openTicket: (token: string) => void): () => void {
  const language = phoneLanguage(null);

  const load = async () => {
    const result = await fetchJoinOptions(branchId);
    if (result.ok) {
      page.options = result.body;
      app.branch = result.body.branch;
      page.problem = null;
    } else {
      page.problem = result.code === 'remote_join_disabled' ? 'joinDisabled' : result.status === 0 ? 'errorNetwork' : 'errorUnknown';
    }
  };

  const join = async (serviceId: number) => {
    page.busy = true;
    page.error = null;
    const result = await joinQueue(branchId, serviceId, language);
    if (result.ok) return openTicket(result.body.phoneToken);
    page.busy = false;
    page.error = joinFailure(result.status, result.code);
    // The service may have closed, or joining been switched off: show the branch as it is now.
    void load();
  };

  const onJoin = (event: CustomEvent<number>) => void join(event.detail);
  page.addEventListener('phone-join', onJoin);
  const timer = setInterval(() => document.visibilityState === 'visible' && !page.busy && void load(), REFRESH_MS);
  void loadPhoneCatalog(language)
    .catch(() => undefined)
    .then(() => (app.locale = page.locale = language));
  void load();

  return () => {
    clearInterval(timer);
    page.removeEventListener('phone-join', onJoin);
  };
}

function joinFailure(status: number, code: string): PhoneMessageKey {
  if (status === 0) return 'errorNetwork';
  if (code === 'remote_join_disabled') return 'joinDisabled';
  if (code === 'service_closed') return 'joinClosed';
  return 'errorUnknown';
}
