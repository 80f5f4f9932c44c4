/** The staff/admin session: log in (the server sets an httpOnly cookie), ask who is logged in, log out. */
import { ApiError, apiRequest } from './console-api.ts';

export type Role = 'admin' | 'staff';

export interface User {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  /** Null: works in every branch. */
  branchId: number | null;
  disabled: boolean;
}

export async function login(username: string, password: string): Promise<User> {
  return (await apiRequest<{ user: User }>('POST', '/auth/login', { username, password })).user;
}

/** The logged-in user, or null when there is no valid session (401). */
export async function currentUser(): Promise<User | null> {
  try {
    return (await apiRequest<{ user: User }>('GET', '/auth/me')).user;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export async function logout(): Promise<void> {
  await apiRequest<{ ok: true }>('POST', '/auth/logout');
}
