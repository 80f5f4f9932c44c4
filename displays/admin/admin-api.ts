/** The admin's typed calls to /api: branches, services, counters, users and displays. */
import type { WireBranch, WireCounter, WireService } from '../../shared/model.ts';
import type { OpeningHours } from '../../shared/opening-hours.ts';
import type { QuietHours } from '../../shared/quiet-hours.ts';
import { apiRequest } from '../common/console-api.ts';
import type { Role, User } from '../common/session-api.ts';

export type SpeechOutput = 'display' | 'server';
export type AdminBranch = WireBranch & { speechOutput: SpeechOutput; allowRemoteJoin: boolean };
export interface BranchInput {
  name: string;
  timezone: string;
  languages: string[];
  theme: WireBranch['theme'];
  ticker: string;
  speechOutput: SpeechOutput;
  allowRemoteJoin: boolean;
}

export type AdminService = WireService & { branchId: number; sortOrder: number };
export interface ServiceInput {
  prefix: string;
  names: Record<string, string>;
  targetWaitMin: number;
  openingHours: OpeningHours | null;
  active: boolean;
  sortOrder: number;
}

export type AdminCounter = WireCounter & { branchId: number };
export interface CounterInput {
  name: string;
  number: number;
  /** In order of preference: call-next favours the first. */
  serviceIds: number[];
}

export interface UserInput {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  branchId: number | null;
}
export type UserPatch = Partial<Pick<User, 'displayName' | 'role' | 'branchId' | 'disabled'>>;

export type DeviceKind = 'board' | 'counter' | 'kiosk';
export type DeviceLayout = 'auto' | 'landscape' | 'portrait';
export interface Device {
  id: number;
  branchId: number;
  name: string;
  kind: DeviceKind;
  group: string;
  counterId: number | null;
  languages: string[];
  volume: number;
  layout: DeviceLayout;
  chime?: string;
  quietHours: QuietHours | null;
  revoked: boolean;
  lastSeenAt: number | null;
  online: boolean;
  status: { appVersion: string; screen: { w: number; h: number }; audio: 'unlocked' | 'blocked' | 'muted' } | null;
}
export interface PairInput {
  code: string;
  name: string;
  kind: DeviceKind;
  group?: string;
  counterId?: number | null;
  languages: string[];
  volume?: number;
}
export type DevicePatch = Partial<Pick<Device, 'name' | 'group' | 'counterId' | 'languages' | 'volume' | 'layout' | 'chime' | 'quietHours'>>;

export const listBranches = async () => (await apiRequest<{ branches: AdminBranch[] }>('GET', '/branches')).branches;
export const createBranch = async (input: BranchInput) => (await apiRequest<{ branch: AdminBranch }>('POST', '/branches', input)).branch;
export const updateBranch = async (id: number, input: Partial<BranchInput>) =>
  (await apiRequest<{ branch: AdminBranch }>('PATCH', `/branches/${id}`, input)).branch;

export const listServices = async (branchId: number) =>
  (await apiRequest<{ services: AdminService[] }>('GET', `/branches/${branchId}/services`)).services;
export const createService = async (branchId: number, input: ServiceInput) =>
  (await apiRequest<{ service: AdminService }>('POST', `/branches/${branchId}/services`, input)).service;
export const updateService = async (id: number, input: Partial<ServiceInput>) =>
  (await apiRequest<{ service: AdminService }>('PATCH', `/services/${id}`, input)).service;

export const listCounters = async (branchId: number) =>
  (await apiRequest<{ counters: AdminCounter[] }>('GET', `/branches/${branchId}/counters`)).counters;
export const createCounter = async (branchId: number, input: CounterInput) =>
  (await apiRequest<{ counter: AdminCounter }>('POST', `/branches/${branchId}/counters`, input)).counter;
export const updateCounter = async (id: number, input: Partial<CounterInput>) =>
  (await apiRequest<{ counter: AdminCounter }>('PATCH', `/counters/${id}`, input)).counter;

export const listUsers = async () => (await apiRequest<{ users: User[] }>('GET', '/users')).users;
export const createUser = async (input: UserInput) => (await apiRequest<{ user: User }>('POST', '/users', input)).user;
export const updateUser = async (id: number, patch: UserPatch) => (await apiRequest<{ user: User }>('PATCH', `/users/${id}`, patch)).user;

export const listDevices = async (branchId: number) =>
  (await apiRequest<{ devices: Device[] }>('GET', `/branches/${branchId}/devices`)).devices;
export const pairDevice = async (branchId: number, input: PairInput) =>
  (await apiRequest<{ device: Pick<Device, 'id' | 'name' | 'kind'> }>('POST', `/branches/${branchId}/devices/pair`, input)).device;
export const updateDevice = async (id: number, patch: DevicePatch) => {
  await apiRequest<{ ok: true }>('PATCH', `/devices/${id}`, patch);
};
export const revokeDevice = async (id: number) => {
  await apiRequest<{ ok: true }>('POST', `/devices/${id}/revoke`);
};

export interface AuditEntry {
  id: number;
  at: number;
  actorKind: string;
  actorId: number | null;
  actorName: string | null;
  action: string;
  target: string | null;
  outcome: string;
  ip: string | null;
}
export interface AuditFilter {
  action?: string;
  actor?: string;
  from?: number | undefined;
  to?: number | undefined;
  limit: number;
}
export const listAudit = async (filter: AuditFilter) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value !== undefined) params.set(key, String(value));
  return (await apiRequest<{ entries: AuditEntry[] }>('GET', `/audit?${params}`)).entries;
};

