/** Branches, services and counters: the configuration a branch runs on. */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { branches, counterServices, counters, services, type BranchRow, type CounterRow, type ServiceRow } from '../schema.ts';

export type NewBranch = typeof branches.$inferInsert;
export type NewService = typeof services.$inferInsert;
export type NewCounter = typeof counters.$inferInsert;
export type CounterWithServices = CounterRow & { serviceIds: number[] };

export function createSetupRepo(db: Db) {
  // Hot-path reads (every issue and call) are prepared once; building a drizzle query costs ~45 µs.
  const branchById = db.select().from(branches).where(eq(branches.id, sql.placeholder('id'))).prepare();
  const serviceById = db.select().from(services).where(eq(services.id, sql.placeholder('id'))).prepare();
  const servicesOfBranch = db
    .select()
    .from(services)
    .where(eq(services.branchId, sql.placeholder('branchId')))
    .orderBy(asc(services.sortOrder), asc(services.id))
    .prepare();
  const counterById = db.select().from(counters).where(eq(counters.id, sql.placeholder('id'))).prepare();
  const countersOfBranch = db
    .select()
    .from(counters)
    .where(eq(counters.branchId, sql.placeholder('branchId')))
    .orderBy(asc(counters.number))
    .prepare();
  const servicesOfCounter = db
    .select({ serviceId: counterServices.serviceId })
    .from(counterServices)
    .where(eq(counterServices.counterId, sql.placeholder('counterId')))
    .orderBy(asc(counterServices.position))
    .prepare();
  const servicesOfBranchCounters = db
    .select({ counterId: counterServices.counterId, serviceId: counterServices.serviceId })
    .from(counterServices)
    .innerJoin(counters, eq(counters.id, counterServices.counterId))
    .where(eq(counters.branchId, sql.placeholder('branchId')))
    .orderBy(asc(counterServices.position))
    .prepare();


  return {
    listBranches: (): BranchRow[] => db.select().from(branches).orderBy(asc(branches.id)).all(),
    getBranch: (id: number): BranchRow | undefined => branchById.get({ id }),
    insertBranch: (row: NewBranch): BranchRow => db.insert(branches).values(row).returning().get(),
    // An empty patch is a valid no-op request; drizzle refuses an UPDATE with nothing to set.
    updateBranch: (id: number, patch: Partial<NewBranch>): BranchRow | undefined =>
      Object.keys(patch).length === 0
        ? db.select().from(branches).where(eq(branches.id, id)).get()
        : db.update(branches).set(patch).where(eq(branches.id, id)).returning().get(),

    listServices: (branchId: number): ServiceRow[] => servicesOfBranch.all({ branchId }),
    getService: (id: number): ServiceRow | undefined => serviceById.get({ id }),
    insertService: (row: NewService): ServiceRow => db.insert(services).values(row).returning().get(),
    updateService: (id: number, patch: Partial<NewService>): ServiceRow | undefined =>
      Object.keys(patch).length === 0
        ? db.select().from(services).where(eq(services.id, id)).get()
        : db.update(services).set(patch).where(eq(services.id, id)).returning().get(),
    serviceByPrefix: (branchId: number, prefix: string): ServiceRow | undefined =>
      db.select().from(services).where(and(eq(services.branchId, branchId), eq(services.prefix, prefix))).get(),

    listCounters(branchId: number): CounterWithServices[] {
      const ids = new Map<number, number[]>();
      for (const r of servicesOfBranchCounters.all({ branchId })) {
        const list = ids.get(r.counterId);
        if (list) list.push(r.serviceId);
        else ids.set(r.counterId, [r.serviceId]);
      }
      return countersOfBranch.all({ branchId }).map((c) => ({ ...c, serviceIds: ids.get(c.id) ?? [] }));
    },
    getCounter(id: number): CounterWithServices | undefined {
      const row = counterById.get({ id });
      return row ? { ...row, serviceIds: servicesOfCounter.all({ counterId: id }).map((r) => r.serviceId) } : undefined;
    },
    counterByNumber: (branchId: number, number: number): CounterRow | undefined =>
      db.select().from(counters).where(and(eq(counters.branchId, branchId), eq(counters.number, number))).get(),
    insertCounter: (row: NewCounter): CounterRow => db.insert(counters).values(row).returning().get(),
    updateCounter: (id: number, patch: Partial<NewCounter>): CounterRow | undefined =>
      db.update(counters).set(patch).where(eq(counters.id, id)).returning().get(),
    setCounterServices(counterId: number, serviceIds: number[]) {
      db.delete(counterServices).where(eq(counterServices.counterId, counterId)).run();
      if (serviceIds.length > 0) {
        db.insert(counterServices).values(serviceIds.map((serviceId, position) => ({ counterId, serviceId, position }))).run();
      }
    },
  };
}

export type SetupRepo = ReturnType<typeof createSetupRepo>;
