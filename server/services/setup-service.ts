/** Branch configuration use cases: branches, services, counters; each change tells the branch's screens. */
import type { LocalizedText, WireBranch } from '../../shared/model.ts';
import { badRequest, conflict, notFound } from '../domain/errors.ts';
import { isValidTimeZone } from '../domain/numbering.ts';
import type { OpeningHours } from '../domain/opening-hours.ts';
import { assertBranchAccess } from './access.ts';
import type { Actor, ServiceDeps } from './deps.ts';

export interface BranchInput {
  name: string;
  timezone: string;
  languages: string[];
  theme?: WireBranch['theme'];
  ticker?: string;
  speechOutput?: 'display' | 'server';
  allowRemoteJoin?: boolean;
}

export interface ServiceInput {
  prefix: string;
  names: LocalizedText;
  targetWaitMin?: number;
  openingHours?: OpeningHours | null;
  active?: boolean;
  sortOrder?: number;
}

export interface CounterInput {
  name: string;
  number: number;
  serviceIds: number[];
}

export const DEFAULT_THEME: WireBranch['theme'] = {
  primary: '#0b5cad',
  background: '#0f1b2d',
  text: '#ffffff',
  logoUrl: null,
};

export function createSetupService(deps: ServiceDeps) {
  const { setup } = deps.repos;
  const changed = (branchId: number) => deps.publisher.publish(branchId, [{ kind: 'config_changed' }]);

  function requireBranch(id: number) {
    const b = setup.getBranch(id);
    if (!b) throw notFound(`branch ${id}`);
    return b;
  }

  function checkServices(branchId: number, serviceIds: number[]) {
    if (new Set(serviceIds).size !== serviceIds.length) throw badRequest('duplicate_service', 'a service is listed twice');
    for (const id of serviceIds) {
      const s = setup.getService(id);
      if (!s || s.branchId !== branchId) throw badRequest('unknown_service', `service ${id} is not in this branch`);
    }
  }

  return {
    createBranch(input: BranchInput) {
      if (!isValidTimeZone(input.timezone)) throw badRequest('bad_timezone', `${input.timezone} is not an IANA time zone`);
      return setup.insertBranch({
        name: input.name,
        timezone: input.timezone,
        languages: input.languages,
        theme: input.theme ?? DEFAULT_THEME,
        ticker: input.ticker ?? '',
        speechOutput: input.speechOutput ?? 'display',
        allowRemoteJoin: input.allowRemoteJoin ?? false,
        createdAt: deps.now(),
      });
    },
    updateBranch(id: number, patch: Partial<BranchInput>, actor: Actor) {
      requireBranch(id);
      assertBranchAccess(actor, id);
      if (patch.timezone !== undefined && !isValidTimeZone(patch.timezone)) {
        throw badRequest('bad_timezone', `${patch.timezone} is not an IANA time zone`);
      }
      const row = setup.updateBranch(id, patch)!;
      changed(id);
      return row;
    },
    createService(branchId: number, input: ServiceInput, actor: Actor) {
      requireBranch(branchId);
      assertBranchAccess(actor, branchId);
      if (setup.serviceByPrefix(branchId, input.prefix)) {
        throw conflict('prefix_taken', `another service already uses the letter ${input.prefix}`);
      }
      const row = setup.insertService({ branchId, ...input, openingHours: input.openingHours ?? null });
      changed(branchId);
      return row;
    },
    updateService(id: number, patch: Partial<ServiceInput>, actor: Actor) {
      const current = setup.getService(id);
      if (!current) throw notFound(`service ${id}`);
      assertBranchAccess(actor, current.branchId);
      if (patch.prefix !== undefined && patch.prefix !== current.prefix && setup.serviceByPrefix(current.branchId, patch.prefix)) {
        throw conflict('prefix_taken', `another service already uses the letter ${patch.prefix}`);
      }
      const row = setup.updateService(id, patch)!;
      changed(current.branchId);
      return row;
    },
    createCounter(branchId: number, input: CounterInput, actor: Actor) {
      requireBranch(branchId);
      assertBranchAccess(actor, branchId);
      if (setup.counterByNumber(branchId, input.number)) throw conflict('number_taken', `counter ${input.number} exists already`);
      checkServices(branchId, input.serviceIds);
      const row = deps.transaction(() => {
        const c = setup.insertCounter({ branchId, name: input.name, number: input.number, statusSince: deps.now() });
        setup.setCounterServices(c.id, input.serviceIds);
        return setup.getCounter(c.id)!;
      });
      changed(branchId);
      return row;
    },
    updateCounter(id: number, patch: Partial<CounterInput>, actor: Actor) {
      const current = setup.getCounter(id);
      if (!current) throw notFound(`counter ${id}`);
      assertBranchAccess(actor, current.branchId);
      if (patch.number !== undefined && patch.number !== current.number && setup.counterByNumber(current.branchId, patch.number)) {
        throw conflict('number_taken', `counter ${patch.number} exists already`);
      }
      if (patch.serviceIds) checkServices(current.branchId, patch.serviceIds);
      const row = deps.transaction(() => {
        const { serviceIds, ...fields } = patch;
        if (Object.keys(fields).length > 0) setup.updateCounter(id, fields);
        if (serviceIds) setup.setCounterServices(id, serviceIds);
        return setup.getCounter(id)!;
      });
      changed(current.branchId);
      return row;
    },
  };
}

export type SetupService = ReturnType<typeof createSetupService>;
