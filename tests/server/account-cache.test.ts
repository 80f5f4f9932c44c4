/** Sessions and device tokens are read through a cache: every write through the repo is seen at once. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDatabase, type Database_ } from '../../server/db/client.ts';
import { createAccountRepo, type AccountRepo } from '../../server/db/repositories/account-repo.ts';
import { tempDataDir } from '../helpers/test-server.ts';

let data: ReturnType<typeof tempDataDir>;
let database: Database_;
let repo: AccountRepo;
const NOW = Date.UTC(2026, 11, 5, 9, 0, 0);

beforeEach(() => {
  data = tempDataDir();
  database = openDatabase(join(data.dir, 'accounts.sqlite'));
  database.sqlite.exec(`insert into branches (name, timezone, languages, theme, ticker, speech_output, allow_remote_join, created_at)
    values ('B', 'UTC', '["en"]', '{}', '', 'display', 0, 0)`);
  repo = createAccountRepo(database.db);
});
afterEach(() => {
  database.close();
  data.remove();
});

const newUser = (username: string) =>
  repo.insertUser({ username, displayName: username, passwordHash: 'x', role: 'staff', branchId: 1, createdAt: NOW });
const newDisplay = (tokenHash: string) =>
  repo.insertDisplay({ branchId: 1, name: tokenHash, kind: 'board', tokenHash, languages: ['en'], createdAt: NOW });

describe('account caches', () => {
  it('a cached session ends with logout, with its expiry, and when the user is disabled or signed out everywhere', () => {
    const user = newUser('ana');
    for (const hash of ['s1', 's2', 's3']) repo.insertSession(hash, user.id, NOW, NOW + 60_000);
    for (const hash of ['s1', 's2', 's3']) expect(repo.sessionUser(hash, NOW)?.username).toBe('ana');

    repo.deleteSession('s1');
    expect(repo.sessionUser('s1', NOW)).toBeUndefined();
    expect(repo.sessionUser('s2', NOW + 60_000)).toBeUndefined(); // expired, though cached

    repo.updateUser(user.id, { displayName: 'Ana B.' });
    expect(repo.sessionUser('s2', NOW)?.displayName).toBe('Ana B.');
    repo.updateUser(user.id, { disabled: true });
    expect(repo.sessionUser('s2', NOW)).toBeUndefined();

    repo.updateUser(user.id, { disabled: false });
    expect(repo.sessionUser('s3', NOW)?.username).toBe('ana');
    repo.deleteSessionsOf(user.id);
    expect(repo.sessionUser('s3', NOW)).toBeUndefined();
  });

  it('a cached device is refused once revoked, and answers to its new token only once the token is replaced', () => {
    const board = newDisplay('old-hash');
    expect(repo.displayByTokenHash('old-hash')?.id).toBe(board.id);
    repo.updateDisplay(board.id, { name: 'Hall' });
    expect(repo.displayByTokenHash('old-hash')?.name).toBe('Hall');

    repo.updateDisplay(board.id, { tokenHash: 'new-hash' });
    expect(repo.displayByTokenHash('old-hash')).toBeUndefined();
    expect(repo.displayByTokenHash('new-hash')?.id).toBe(board.id);

    repo.updateDisplay(board.id, { revoked: true });
    expect(repo.displayByTokenHash('new-hash')).toBeUndefined();
  });

  it('keeps nothing read inside a transaction that rolled back', () => {
    const board = newDisplay('hash');
    repo.updateDisplay(board.id, { revoked: true });
    expect(() =>
      database.sqlite.transaction(() => {
        repo.updateDisplay(board.id, { revoked: false });
        expect(repo.displayByTokenHash('hash')?.id).toBe(board.id);
        throw new Error('roll back');
      })(),
    ).toThrow('roll back');
    expect(repo.displayByTokenHash('hash')).toBeUndefined();
  });
});
