/** Branches, services and counters: the configuration a branch runs on. */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { branches, counterServices, counters, services, type BranchRow, type CounterRow, type ServiceRow } from '../schema.ts';

export type NewBranch = typeof branches.$inferInsert;
export type NewService = typeof services.$inferInsert;
export type NewCounter = typeof counters.$inferInsert;
export type CounterWithServices = CounterRow & { serviceIds: number[] };

export function createSetupRepo(db: Db) {
  function serviceIdsOf(counterIds: number[]): Map<number, number[]> {
    const map = new Map<number, number[]>(counterIds.map((id) => [id, []]));
    if (counterIds.length === 0) return map;
    const rows = db
      .select()
      .from(counterServices)
      .where(inArray(counterServices.counterId, counterIds))
      .orderBy(asc(counterServices.position))
      .all();
    for (const r of rows) map.get(r.counterId)?.push(r.serviceId);
    return map;
  }

  const withServices = (rows: CounterRow[]): CounterWithServices[] => {
    const ids = serviceIdsOf(rows.map((r) => r.id));
    return rows.map((r) => ({ ...r, serviceIds: ids.get(r.id) ?? [] }));
  };

  return {
    listBranches: (): BranchRow[] => db.select().from(branches).orderBy(asc(branches.id)).all(),
    getBranch: (id: number): BranchRow | undefined => db.select().from(branches).where(eq(branches.id, id)).get(),
    insertBranch: (row: NewBranch): BranchRow => db.insert(branches).values(row).returning().get(),
    updateBranch: (id: number, patch: Partial<NewBranch>): BranchRow | undefined =>
      db.update(branches).set(patch).where(eq(branches.id, id)).returning().get(),

    listServices: (branchId: number): ServiceRow[] =>
      db.select().from(services).where(eq(services.branchId, branchId)).orderBy(asc(services.sortOrder), asc(services.id)).all(),
    getService: (id: number): ServiceRow | undefined => db.select().from(services).where(eq(services.id, id)).get(),
    insertService: (row: NewService): ServiceRow => db.insert(services).values(row).returning().get(),
    updateService: (id: number, patch: Partial<NewService>): ServiceRow | undefined =>
      db.update(services).set(patch).where(eq(services.id, id)).returning().get(),
    serviceByPrefix: (branchId: number, prefix: string): ServiceRow | undefined =>
      db.select().from(services).where(and(eq(services.branchId, branchId), eq(services.prefix, prefix))).get(),

    listCounters: (branchId: number): CounterWithServices[] =>
      withServices(db.select().from(counters).where(eq(counters.branchId, branchId)).orderBy(asc(counters.number)).all()),
    getCounter(id: number): CounterWithServices | undefined {
      const row = db.select().from(counters).where(eq(counters.id, id)).get();
      return row ? withServices([row])[0] : undefined;
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
