/** Group commit over a real SQLite file: shared transaction, per-job rollback, commit-before-answer, order. */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGroupCommit } from '../../server/db/group-commit.ts';
import { tempDataDir } from '../helpers/test-server.ts';

let data: ReturnType<typeof tempDataDir>;
let file: string;
let db: Database.Database;

beforeEach(() => {
  data = tempDataDir();
  file = join(data.dir, 'g.sqlite');
  db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.exec('create table parent (id integer primary key); create table item (name text not null, parent_id integer references parent(id))');
});
afterEach(() => {
  db.close();
  data.remove();
});

const names = (conn: Database.Database) => (conn.prepare('select name from item order by rowid').all() as { name: string }[]).map((r) => r.name);
const insert = (name: string) => () => void db.prepare('insert into item (name) values (?)').run(name);

describe('group commit', () => {
  it('runs the jobs of one event-loop turn in one transaction, in order', async () => {
    const g = createGroupCommit(db);
    const seen: { inTransaction: boolean; before: string[] }[] = [];
    const job = (name: string) => () => {
      seen.push({ inTransaction: db.inTransaction, before: names(db) });
      insert(name)();
      return name;
    };
    const results = await Promise.all([g.run(job('a')), g.run(job('b')), g.run(job('c'))]);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(seen).toEqual([
      { inTransaction: true, before: [] },
      { inTransaction: true, before: ['a'] },
      { inTransaction: true, before: ['a', 'b'] },
    ]);
    expect(names(db)).toEqual(['a', 'b', 'c']);
  });

  it('rolls back only the job that throws; its caller gets the error, the others commit', async () => {
    const g = createGroupCommit(db);
    const failing = g.run(() => {
      insert('b')();
      throw new Error('no such service');
    });
    const outcome = await Promise.allSettled([g.run(insert('a')), failing, g.run(insert('c'))]);
    expect(outcome.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((outcome[1] as PromiseRejectedResult).reason.message).toBe('no such service');
    expect(names(db)).toEqual(['a', 'c']);
  });

  it('answers nobody before the commit, and runs afterCommit hooks in submission order after it', async () => {
    const g = createGroupCommit(db);
    const other = new Database(file, { readonly: true });
    const log: string[] = [];
    const pending = ['a', 'b'].map((name) =>
      g.run(insert(name), () => log.push(`${name} committed, another connection sees ${names(other).join(',')}`)).then(() => log.push(`${name} answered`)),
    );
    expect(names(other)).toEqual([]);
    await Promise.all(pending);
    other.close();
    expect(log).toEqual(['a committed, another connection sees a,b', 'b committed, another connection sees a,b', 'a answered', 'b answered']);
  });

  it('rejects every job of a batch whose COMMIT fails, stores none of it, and keeps working', async () => {
    const g = createGroupCommit(db);
    const orphan = () => {
      // Checked at COMMIT, not at the insert: the batch fails as a whole.
      db.pragma('defer_foreign_keys = ON');
      db.prepare('insert into item (name, parent_id) values (?, ?)').run('orphan', 42);
    };
    const outcome = await Promise.allSettled([g.run(insert('a')), g.run(orphan)]);
    expect(outcome.map((o) => o.status)).toEqual(['rejected', 'rejected']);
    expect(String((outcome[0] as PromiseRejectedResult).reason)).toMatch(/FOREIGN KEY/);
    expect(names(db)).toEqual([]);
    expect(db.inTransaction).toBe(false);
    await g.run(insert('later'));
    expect(names(db)).toEqual(['later']);
  });

  it('reports an afterCommit that throws, and still answers its caller with the stored result', async () => {
    const reported: unknown[] = [];
    const g = createGroupCommit(db, { onAfterCommitError: (e) => reported.push(e) });
    const value = await g.run(
      () => (insert('a')(), 7),
      () => {
        throw new Error('publish failed');
      },
    );
    expect(value).toBe(7);
    expect(names(db)).toEqual(['a']);
    expect((reported[0] as Error).message).toBe('publish failed');
  });

  it('splits a burst larger than maxBatch into several transactions', async () => {
    const g = createGroupCommit(db, { maxBatch: 2 });
    const other = new Database(file, { readonly: true });
    // What another connection sees when each job starts: only the batches before it have committed.
    const committedBefore: string[] = [];
    const job = (name: string) => () => {
      committedBefore.push(names(other).join(''));
      insert(name)();
    };
    await Promise.all(['a', 'b', 'c', 'd', 'e'].map((n) => g.run(job(n))));
    other.close();
    expect(names(db)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(committedBefore).toEqual(['', '', 'ab', 'ab', 'abcd']);
  });

  it('commits the pending batch at once on flush (shutdown), before the next turn of the event loop', async () => {
    const g = createGroupCommit(db);
    const pending = g.run(insert('last words'));
    g.flush();
    expect(names(db)).toEqual(['last words']);
    await expect(pending).resolves.toBeUndefined();
  });
});
