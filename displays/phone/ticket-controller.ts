/** Wires the ticket page: polling → <cb-phone-ticket>, alerts on each call, the language, and "I'm leaving". */
import { fill } from '../common/i18n.ts';
import { CallAlert } from './call-alert.ts';
import type { CbPhoneApp } from './cb-phone-app.ts';
import type { CbPhoneTicket } from './cb-phone-ticket.ts';
import { loadPhoneCatalog, phoneCatalog, phoneLanguage } from './i18n.ts';
import { fetchTicket, leaveQueue, type PhoneView } from './phone-api.ts';
import { TicketPoller, type PollState } from './ticket-poller.ts';

/** Starts following one ticket and returns a function that stops every timer and sound it started. */
export function followTicket(app: CbPhoneApp, page: CbPhoneTicket, token: string): () => void {
  const poller = new TicketPoller(() => fetchTicket(token));
  const alert = new CallAlert();
  let language: string | null = null;

  const showAlertState = () => {
    page.sound = alert.sound;
    page.notify = alert.notify;
  };

  const onState = async (state: PollState) => {
    const view = state.view;
    if (view && language === null) {
      // The ticket's language was chosen at the kiosk; switch once its texts are here so nothing shows half-translated.
      language = phoneLanguage(view.ticket.language);
      await loadPhoneCatalog(language).catch(() => undefined);
      app.locale = page.locale = language;
    }
    if (view) {
      app.branch = view.branch;
      alertIfCalled(view);
      document.title = titleFor(view, language ?? 'en');
    }
    // The newest poll, not this one: a later answer may have arrived while the catalog loaded.
    page.state = poller.current;
  };

  const alertIfCalled = (view: PhoneView) => {
    const c = phoneCatalog(language);
    const counter = view.counter ? String(view.counter.number) : '';
    alert.update(view.ticket, {
      title: fill(c.notificationTitle, { code: view.ticket.code }),
      body: fill(c.notificationBody, { counter }),
    });
  };

  const leave = async () => {
    page.leaving = true;
    page.leaveError = null;
    const result = await leaveQueue(token);
    page.leaving = false;
    if (result.ok || result.status === 409) {
      // 409: served or cancelled meanwhile; either way the fresh status tells the visitor what happened.
      page.leftHere = result.ok;
      page.leaveOpen = false;
      await poller.poll();
      return;
    }
    page.leaveError = result.status === 0 ? 'errorNetwork' : 'errorUnknown';
  };

  const listeners: [string, EventListener][] = [
    ['phone-enable-sound', () => void alert.enableSound()],
    ['phone-enable-notifications', () => void alert.enableNotifications()],
    ['phone-leave-ask', () => ((page.leaveError = null), (page.leaveOpen = true))],
    ['phone-leave-cancel', () => (page.leaveOpen = false)],
    ['phone-leave-confirm', () => void leave()],
  ];
  for (const [type, listener] of listeners) page.addEventListener(type, listener);
  const unsubscribes = [poller.subscribe((state) => void onState(state)), alert.subscribe(showAlertState)];
  showAlertState();
  void alert.probe();
  poller.start();

  return () => {
    for (const [type, listener] of listeners) page.removeEventListener(type, listener);
    for (const unsubscribe of unsubscribes) unsubscribe();
    poller.stop();
    alert.dispose();
  };
}

function titleFor(view: PhoneView, lang: string): string {
  const c = phoneCatalog(lang);
  return view.ticket.status === 'called' ? `${view.ticket.code} · ${c.yourTurn}` : `${view.ticket.code} · ${c.yourTicket}`;
}
