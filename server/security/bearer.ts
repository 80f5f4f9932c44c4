/** Compares a request's bearer token with a configured secret without leaking where they differ. */
import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (s: string) => createHash('sha256').update(s).digest();

export function bearerMatches(header: string | undefined, secret: string): boolean {
  const m = header?.match(/^Bearer\s+(\S+)$/i);
  // Hashing first gives both sides one length, so the comparison time says nothing about the secret's.
  return m !== null && m !== undefined && timingSafeEqual(digest(m[1]!), digest(secret));
}
