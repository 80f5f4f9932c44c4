/** Spanish screen texts. */
import type { Catalog } from './en.ts';

const es: Catalog = {
  nowServing: 'Atendiendo',
  nowCalling: 'Llamando',
  counter: 'Ventanilla',
  ticket: 'Turno',
  lastCalls: 'Últimos llamados',
  waiting: 'En espera',
  estimatedWait: 'Espera estimada',
  min: 'min',
  noWait: 'Sin espera',
  welcome: 'Bienvenido',
  takeTicket: 'Tome un turno y esté atento a su número en esta pantalla.',
  noCallsYet: 'Su número aparecerá aquí',
  announcement: 'Aviso',
  offline: 'Sin conexión',
  reconnecting: 'Reconectando…',
  updatedAt: 'Actualizado {time}',
  tapForSound: 'Toque para activar el sonido',
  closed: 'Cerrado',
  onBreak: 'En pausa',
  available: 'Próximo cliente, espere por favor',
  unknownCounter: 'Esta ventanilla no existe en esta sucursal',
  notAuthorized: 'Esta pantalla no está autorizada. Vuelva a vincularla desde la administración.',
  wrongVersion: 'Esta pantalla necesita actualizarse. Recargue la página.',
  notConfigured: 'Esta pantalla no está configurada. Ábrala con ?token=…&branch=… en la dirección.',
  pairTitle: 'Vincular esta pantalla',
  pairHelp: 'En Callboard Admin → Pantallas, elija «Vincular una pantalla» e introduzca este código:',
  pairExpires: 'El código se renueva cada 10 minutos.',
};
export default es;
