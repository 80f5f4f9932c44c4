/** Wires a board together: connection → call queue → announcer and <cb-board>, plus banners and device status. */
import { version } from '../../package.json';
import type { BranchSnapshot } from '../../shared/model.ts';
import type { DeviceSettings, QueueEvent } from '../../shared/protocol.ts';
import { effectiveVolume } from '../../shared/quiet-hours.ts';
import { Announcer } from '../common/announcer.ts';
import { CallQueue } from '../common/call-queue.ts';
import { Connection } from '../common/connection.ts';
import type { DeviceConfig } from '../common/device-config.ts';
import { directionOf, loadCatalog } from '../common/i18n.ts';
import { BannerQueue } from './banner-queue.ts';
import type { CbBoard } from './cb-board.ts';
import { startSignage } from './signage-loader.ts';

/** Same rule as calls: what happened more than this long ago is history, not news. */
const FRESH_FOR_MS = 120_000;

/** Starts the board and returns a function that stops every socket, timer and sound it started. */
export function startBoard(board: CbBoard, config: DeviceConfig): () => void {
  const connection = new Connection({ token: config.token, branchId: config.branchId });
  const announcer = new Announcer({ volume: config.volume, chime: config.chime, languages: config.languages ?? [] });
  const signage = startSignage(config.token, (zone) => {
    zone.addEventListener('cb-ticker-items', (e) => (board.signageTicker = (e as CustomEvent<string>).detail));
    board.contentZone = zone;
  });
  const queue = new CallQueue(
    (call) => {
      board.presentation += 1;
      // Calls come first: content pauses for the announcement and the hold time, then resumes.
      signage.calling(true);
      const announced = announcer.announceCall(call);
      void Promise.all([announced, new Promise((r) => setTimeout(r, config.holdSeconds * 1_000))]).finally(() => signage.calling(false));
      return announced;
    },
    { holdMs: config.holdSeconds * 1_000, freshForMs: FRESH_FOR_MS },
  );
  const banners = new BannerQueue((announcement) => (board.announcement = announcement));

  const reportStatus = () => {
    const scale = globalThis.devicePixelRatio || 1;
    const px = (n: number) => Math.min(20_000, Math.round(n * scale));
    connection.setStatus({
      appVersion: version,
      screen: { w: px(innerWidth), h: px(innerHeight) },
      audio: announcer.state,
    });
  };

  // What the admin set for this display (P14) wins over the URL's defaults.
  let device: DeviceSettings | null = null;
  let timeZone = 'UTC';
  const applyVolume = () => {
    const volume = device?.volume ?? config.volume;
    announcer.setVolume(effectiveVolume(volume, device?.quietHours ?? null, Date.now() + connection.clockOffsetMs, timeZone));
  };
  const applyDevice = (settings: DeviceSettings) => {
    device = settings;
    announcer.setChime(settings.chime);
    applyVolume();
    if (connection.state) applyState(connection.state);
  };

  const applyState = (state: BranchSnapshot) => {
    timeZone = state.branch.timezone;
    const languages = device?.languages.length ? device.languages : (config.languages ?? state.branch.languages);
    const locale = languages[0] ?? 'en';
    board.snapshot = state;
    announcer.setLanguages(languages);
    // Switch language once its catalog is here, so the screen never shows missing texts.
    void loadCatalog(locale).then(() => {
      board.locale = locale;
      document.documentElement.lang = locale;
      document.documentElement.dir = directionOf(locale);
    });
  };

  const onEvent = (event: QueueEvent) => {
    if (event.kind === 'ticket_called' || event.kind === 'ticket_recalled') queue.add([event.call]);
    if (event.kind !== 'announcement') return;
    const { announcement } = event;
    const forUs = announcement.group === null || announcement.group === (device?.group ?? config.group);
    const fresh = Date.now() + connection.clockOffsetMs - announcement.at <= FRESH_FOR_MS;
    if (!forUs || !fresh) return;
    banners.push(announcement);
    void announcer.announce(announcement);
  };

  let resizeTimer: ReturnType<typeof setTimeout> | undefined;
  const onResize = () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(reportStatus, 1_000);
  };
  const onOnline = () => connection.reconnectNow();
  const onEnableSound = () => void announcer.unlock();

  const unsubscribes = [
    queue.subscribe((view) => {
      board.current = view.current;
      board.history = view.history;
    }),
    announcer.subscribe((audio) => {
      board.audio = audio;
      reportStatus();
    }),
    connection.subscribe((update) => {
      switch (update.kind) {
        case 'clock':
          queue.setServerOffset(update.offsetMs);
          board.offsetMs = update.offsetMs;
          signage.setOffset(update.offsetMs);
          return;
        case 'link':
          board.link = update.link;
          signage.link(update.link.status);
          return;
        case 'state':
          applyState(update.state);
          // Calls from a restored cache were shown before the reload; calls in a snapshot may have been missed.
          if (update.cause !== 'event') queue.add(update.state.recentCalls, { silent: update.cause === 'restored' });
          return;
        case 'event':
          return onEvent(update.event);
        case 'device':
          return applyDevice(update.settings);
        case 'content':
          return signage.onRev(update.rev);
      }
    }),
  ];

  // Quiet hours begin and end on the clock, not on an event.
  const volumeTimer = setInterval(applyVolume, 60_000);
  addEventListener('resize', onResize);
  addEventListener('online', onOnline);
  board.addEventListener('cb-enable-sound', onEnableSound);
  board.audio = announcer.state;
  board.link = connection.link;
  reportStatus();
  connection.start();
  void announcer.probe();

  return () => {
    for (const unsubscribe of unsubscribes) unsubscribe();
    removeEventListener('resize', onResize);
    removeEventListener('online', onOnline);
    board.removeEventListener('cb-enable-sound', onEnableSound);
    clearTimeout(resizeTimer);
    clearInterval(volumeTimer);
    connection.stop();
    queue.dispose();
    banners.dispose();
    announcer.dispose();
  };
}
