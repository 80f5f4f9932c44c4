/** Row → reply shapes of the setup routes, shared by every route file that returns them. */
import type { CounterWithServices } from '../db/repositories/setup-repo.ts';
import type { BranchRow, DisplayRow, ServiceRow } from '../db/schema.ts';
import { toWireBranch, toWireCounter } from '../services/wire.ts';

export const branchView = (b: BranchRow) => ({
  ...toWireBranch(b),
  speechOutput: b.speechOutput,
  allowRemoteJoin: b.allowRemoteJoin,
});

export const serviceView = (s: ServiceRow) => ({
  id: s.id,
  branchId: s.branchId,
  prefix: s.prefix,
  names: s.names,
  targetWaitMin: s.targetWaitMin,
  active: s.active,
  openingHours: s.openingHours ?? null,
  sortOrder: s.sortOrder,
});

export const counterView = (c: CounterWithServices) => ({ ...toWireCounter(c), branchId: c.branchId });

export const deviceView = (d: DisplayRow) => ({
  id: d.id,
  branchId: d.branchId,
  name: d.name,
  kind: d.kind,
  group: d.group,
  counterId: d.counterId,
  languages: d.languages,
  volume: d.volume,
  revoked: d.revoked,
  lastSeenAt: d.lastSeenAt,
});
