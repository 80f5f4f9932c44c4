/** Seeds a demo branch on an empty database so a newcomer sees a working system at once. */
import type { AuthService } from './auth-service.ts';
import type { Actor, ServiceDeps } from './deps.ts';
import type { SetupService } from './setup-service.ts';
import { insightRepoFor } from '../insight/insight-repo.ts';
import { simulateHistory } from '../insight/simulate.ts';

export interface DemoCredentials {
  branchId: number;
  staff: { username: string; password: string };
  boardToken: string;
  kioskToken: string;
  counterDisplayToken: string;
  counterId: number;
}

const SYSTEM: Actor = { kind: 'system' };
export const DEMO_STAFF = { username: 'staff', password: 'callboard-staff' };

/** Returns null when the database already has a branch (seeding never touches real data). */
export async function seedDemo(deps: ServiceDeps, setup: SetupService, auth: AuthService): Promise<DemoCredentials | null> {
  if (deps.repos.setup.listBranches().length > 0) return null;
  const timezone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  const branch = setup.createBranch({
    name: 'Callboard Demo — City Hall',
    timezone,
    languages: ['en', 'es'],
    ticker: 'Welcome! Take a ticket at the kiosk and watch this screen for your number.',
  });
  const svc = (prefix: string, en: string, es: string, targetWaitMin: number) =>
    setup.createService(branch.id, { prefix, names: { en, es }, targetWaitMin }, SYSTEM);
  const general = svc('A', 'General enquiries', 'Información general', 10);
  const payments = svc('B', 'Payments', 'Pagos', 10);
  const documents = svc('C', 'ID and documents', 'DNI y documentos', 20);
  const appointments = svc('D', 'Appointments', 'Citas', 5);
  const counter = (number: number, serviceIds: number[]) =>
    setup.createCounter(branch.id, { name: `Counter ${number}`, number, serviceIds }, SYSTEM);
  const c1 = counter(1, [general.id, payments.id]);
  counter(2, [payments.id, general.id]);
  counter(3, [documents.id, general.id]);
  counter(4, [appointments.id, documents.id]);
  await auth.createUser({ ...DEMO_STAFF, displayName: 'Demo Staff', role: 'staff', branchId: branch.id });
  const board = auth.createDevice({ branchId: branch.id, name: 'Waiting room TV', kind: 'board', languages: ['en', 'es'] });
  const kiosk = auth.createDevice({ branchId: branch.id, name: 'Entrance kiosk', kind: 'kiosk', languages: ['en', 'es'] });
  const counterDisplay = auth.createDevice({
    branchId: branch.id,
    name: 'Counter 1 display',
    kind: 'counter',
    counterId: c1.id,
    languages: ['en'],
  });
  // Four weeks of past visits, so reports, forecast and staffing show something on a fresh install.
  simulateHistory(deps, { branchId: branch.id, days: 28 });
  // A plain weekday roster (0 = Monday), so the staffing view compares the forecast with something real.
  const weekdays = [0, 1, 2, 3, 4];
  const roster = [
    ...weekdays.map((weekday) => ({ weekday, from: '09:00', to: '17:00', counters: 3 })),
    ...weekdays.map((weekday) => ({ weekday, from: '11:30', to: '14:00', counters: 1 })),
    { weekday: 5, from: '09:00', to: '13:00', counters: 2 },
  ];
  deps.transaction(() => insightRepoFor(deps.db).replaceRoster(branch.id, roster));
  return {
    branchId: branch.id,
    staff: DEMO_STAFF,
    boardToken: board.token,
    kioskToken: kiosk.token,
    counterDisplayToken: counterDisplay.token,
    counterId: c1.id,
  };
}
