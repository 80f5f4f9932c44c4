/** Accounts and credentials: logins with session cookies, device tokens, the first admin. */
import { createHash, randomBytes } from 'node:crypto';
import { AppError, conflict, unauthorized } from '../domain/errors.ts';
import type { DisplayRow, UserRow } from '../db/schema.ts';
import type { ServiceDeps } from './deps.ts';
import { generatePassword, hashPassword, verifyPassword } from './passwords.ts';

export const SESSION_TTL_MS = 12 * 60 * 60_000;

export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
export const newToken = () => randomBytes(32).toString('base64url');

// A fixed hash to verify against when the user does not exist, so timing does not reveal valid names.
const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

/** How the service ends a user's live connections; implemented by the realtime layer. */
export interface UserChannel {
  disconnectUser(userId: number): void;
}

export function createAuthService(deps: ServiceDeps) {
  const { accounts } = deps.repos;
  let channel: UserChannel | null = null;
  return {
    connect(c: UserChannel) {
      channel = c;
    },
    /**
     * Changes an account. Disabling it, changing its role or setting a new password ends its sessions
     * and live connections at once: what the old credentials allowed must not outlive the change.
     */
    async updateUser(
      id: number,
      patch: { displayName?: string; role?: 'admin' | 'staff'; branchId?: number | null; disabled?: boolean; password?: string },
    ): Promise<UserRow | undefined> {
      const { password, ...fields } = patch;
      const update = password === undefined ? fields : { ...fields, passwordHash: await hashPassword(password) };
      const user = accounts.updateUser(id, update);
      if (user && (patch.disabled === true || patch.role !== undefined || password !== undefined || patch.branchId !== undefined)) {
        accounts.deleteSessionsOf(id);
        channel?.disconnectUser(id);
      }
      return user;
    },
    async login(username: string, password: string): Promise<{ token: string; user: UserRow }> {
      const user = accounts.userByName(username);
      const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
      if (!user || !ok || user.disabled) throw new AppError(401, 'bad_credentials', 'wrong username or password');
      const token = newToken();
      const at = deps.now();
      accounts.insertSession(sha256(token), user.id, at, at + SESSION_TTL_MS);
      return { token, user };
    },
    sessionUser(token: string | undefined): UserRow | undefined {
      return token ? accounts.sessionUser(sha256(token), deps.now()) : undefined;
    },
    logout(token: string | undefined) {
      if (token) accounts.deleteSession(sha256(token));
    },
    deviceByToken(token: string | undefined): DisplayRow | undefined {
      return token ? accounts.displayByTokenHash(sha256(token)) : undefined;
    },
    requireDevice(token: string): DisplayRow {
      const d = this.deviceByToken(token);
      if (!d) throw unauthorized('unknown or revoked device token');
      return d;
    },
    async createUser(input: { username: string; displayName: string; password: string; role: 'admin' | 'staff'; branchId: number | null }) {
      if (accounts.userByName(input.username)) throw conflict('username_taken', `the username ${input.username} is taken`);
      return accounts.insertUser({
        username: input.username,
        displayName: input.displayName,
        passwordHash: await hashPassword(input.password),
        role: input.role,
        branchId: input.branchId,
        createdAt: deps.now(),
      });
    },
    /**
     * On an empty database, creates `admin` with the given password or a generated one.
     * Returns the generated password (to print once), or null when nothing was created or it was given.
     */
    async bootstrapAdmin(given: string | undefined): Promise<{ created: boolean; generated: string | null }> {
      if (accounts.countUsers() > 0) return { created: false, generated: null };
      const password = given ?? generatePassword();
      await this.createUser({ username: 'admin', displayName: 'Administrator', password, role: 'admin', branchId: null });
      return { created: true, generated: given ? null : password };
    },
    /** Registers a display or kiosk device and returns its token (shown once; only its hash is kept). */
    createDevice(input: {
      branchId: number;
      name: string;
      kind: 'board' | 'counter' | 'kiosk';
      group?: string;
      counterId?: number | null;
      languages: string[];
    }): { display: DisplayRow; token: string } {
      const token = newToken();
      const display = accounts.insertDisplay({
        branchId: input.branchId,
        name: input.name,
        kind: input.kind,
        group: input.group ?? 'main',
        counterId: input.counterId ?? null,
        tokenHash: sha256(token),
        languages: input.languages,
        createdAt: deps.now(),
      });
      return { display, token };
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
