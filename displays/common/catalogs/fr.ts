/** French screen texts. */
import type { Catalog } from './en.ts';

const fr: Catalog = {
  nowServing: 'Numéro appelé',
  nowCalling: 'Appel',
  counter: 'Guichet',
  ticket: 'Ticket',
  lastCalls: 'Derniers appels',
  waiting: 'En attente',
  estimatedWait: 'Attente estimée',
  min: 'min',
  noWait: 'Sans attente',
  welcome: 'Bienvenue',
  takeTicket: 'Prenez un ticket et suivez votre numéro sur cet écran.',
  noCallsYet: 'Votre numéro s’affichera ici',
  announcement: 'Annonce',
  offline: 'Hors ligne',
  reconnecting: 'Reconnexion…',
  updatedAt: 'Mis à jour à {time}',
  tapForSound: 'Touchez pour activer le son',
  closed: 'Fermé',
  onBreak: 'En pause',
  available: 'Client suivant, merci de patienter',
  unknownCounter: 'Ce guichet n’existe pas dans cette agence',
  notAuthorized: 'Cet écran n’est pas autorisé. Associez-le de nouveau depuis l’administration.',
  wrongVersion: 'Cet écran doit être mis à jour. Rechargez la page.',
  notConfigured: 'Cet écran n’est pas configuré. Ouvrez-le avec ?token=…&branch=… dans l’adresse.',
  pairTitle: 'Associer cet écran',
  pairHelp: 'Dans Callboard Admin → Écrans, choisissez « Associer un écran » et saisissez ce code :',
  pairExpires: 'Le code se renouvelle toutes les 10 minutes.',
};
export default fr;
