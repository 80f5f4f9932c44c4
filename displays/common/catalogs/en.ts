/** English: the reference catalog; every other catalog has exactly its keys. */
const en = {
  nowServing: 'Now serving',
  nowCalling: 'Now calling',
  counter: 'Counter',
  ticket: 'Ticket',
  lastCalls: 'Last called',
  waiting: 'Waiting',
  estimatedWait: 'Estimated wait',
  min: 'min',
  noWait: 'No wait',
  welcome: 'Welcome',
  takeTicket: 'Take a ticket and watch this screen for your number.',
  noCallsYet: 'Your number will appear here',
  announcement: 'Announcement',
  offline: 'Offline',
  reconnecting: 'Reconnecting…',
  updatedAt: 'Updated {time}',
  tapForSound: 'Tap to enable sound',
  closed: 'Closed',
  onBreak: 'On break',
  available: 'Next customer, please wait',
  unknownCounter: 'This counter does not exist in this branch',
  notAuthorized: 'This display is not authorised. Pair it again from the admin screen.',
  wrongVersion: 'This display needs an update. Reload the page.',
  notConfigured: 'This display is not set up. Open it with ?token=…&branch=… in the address.',
  pairTitle: 'Pair this display',
  pairHelp: 'In Callboard Admin → Displays, choose “Pair a display” and enter this code:',
  pairExpires: 'The code renews itself every 10 minutes.',
};

export type MessageKey = keyof typeof en;
export type Catalog = Record<MessageKey, string>;
export default en satisfies Catalog;
