/** German screen texts. */
import type { Catalog } from './en.ts';

const de: Catalog = {
  nowServing: 'Aufgerufen',
  nowCalling: 'Aufruf',
  counter: 'Schalter',
  ticket: 'Nummer',
  lastCalls: 'Zuletzt aufgerufen',
  waiting: 'Wartend',
  estimatedWait: 'Geschätzte Wartezeit',
  min: 'Min.',
  noWait: 'Keine Wartezeit',
  welcome: 'Willkommen',
  takeTicket: 'Ziehen Sie eine Nummer und achten Sie auf diesen Bildschirm.',
  noCallsYet: 'Ihre Nummer erscheint hier',
  announcement: 'Durchsage',
  offline: 'Offline',
  reconnecting: 'Verbinde neu…',
  updatedAt: 'Stand {time}',
  tapForSound: 'Tippen, um den Ton einzuschalten',
  closed: 'Geschlossen',
  onBreak: 'Pause',
  available: 'Nächster Kunde, bitte warten',
  unknownCounter: 'Diesen Schalter gibt es in dieser Filiale nicht',
  notAuthorized: 'Dieser Bildschirm ist nicht freigegeben. Bitte in der Verwaltung neu koppeln.',
  wrongVersion: 'Dieser Bildschirm braucht ein Update. Bitte die Seite neu laden.',
  notConfigured: 'Dieser Bildschirm ist nicht eingerichtet. Mit ?token=…&branch=… in der Adresse öffnen.',
  pairTitle: 'Diesen Bildschirm koppeln',
  pairHelp: 'In Callboard Admin → Bildschirme „Bildschirm koppeln“ wählen und diesen Code eingeben:',
  pairExpires: 'Der Code erneuert sich alle 10 Minuten.',
};
export default de;
