/**
 * Group commit: write jobs submitted during one turn of the event loop share one transaction, so a
 * burst of kiosks issuing tickets pays for one COMMIT (one WAL append, one fsync under FULL) instead of
 * one each. Every job runs in its own savepoint: a job that throws rolls back alone and its caller gets
 * the error, while the others commit. Nobody is answered before the commit that holds their write.
 */
import type Database from 'better-sqlite3';

export interface GroupCommit {
  /**
   * Runs `work` in the next batch and resolves with its result once the batch has committed.
   * `afterCommit` runs synchronously right after that commit, in submission order and before any other
   * code, so what it publishes reaches listeners in commit order.
   */
  run<T>(work: () => T, afterCommit?: (value: T) => void): Promise<T>;
  /** Runs the pending batch now (shutdown, tests). */
  flush(): void;
}

interface Job {
  work: () => unknown;
  afterCommit: ((value: unknown) => void) | undefined;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  ok: boolean;
  value: unknown;
}

export interface GroupCommitOptions {
  /** Most jobs in one transaction, so one huge burst does not hold the write lock for long. */
  maxBatch?: number;
  /** An `afterCommit` that throws: its write is stored and its caller answered; the error goes here. */
  onAfterCommitError?: (error: unknown) => void;
}

export function createGroupCommit(sqlite: Database.Database, options: GroupCommitOptions = {}): GroupCommit {
  const maxBatch = options.maxBatch ?? 512;
  const onAfterCommitError = options.onAfterCommitError ?? ((error: unknown) => console.error(error));
  let pending: Job[] = [];
  let scheduled = false;
  // Called inside the batch's transaction, better-sqlite3 runs this as SAVEPOINT … RELEASE / ROLLBACK TO.
  const inSavepoint = sqlite.transaction((job: Job) => job.work());
  const batch = sqlite.transaction((jobs: Job[]) => {
    for (const job of jobs) {
      try {
        job.value = inSavepoint(job);
        job.ok = true;
      } catch (error) {
        job.value = error;
      }
    }
  });

  function flush(): void {
    scheduled = false;
    while (pending.length > 0) {
      const jobs = pending.length > maxBatch ? pending.splice(0, maxBatch) : pending;
      if (jobs === pending) pending = [];
      try {
        batch.immediate(jobs);
      } catch (error) {
        // BEGIN or COMMIT failed (disk full, I/O error): nothing of this batch is stored.
        for (const job of jobs) job.reject(error);
        continue;
      }
      for (const job of jobs) {
        if (!job.ok) {
          job.reject(job.value);
          continue;
        }
        try {
          job.afterCommit?.(job.value);
        } catch (error) {
          onAfterCommitError(error);
        }
        job.resolve(job.value);
      }
    }
  }

  return {
    run<T>(work: () => T, afterCommit?: (value: T) => void): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        pending.push({
          work,
          afterCommit: afterCommit as ((value: unknown) => void) | undefined,
          resolve: resolve as (value: unknown) => void,
          reject,
          ok: false,
          value: undefined,
        });
        if (!scheduled) {
          scheduled = true;
          // setImmediate, not a microtask: requests read in this poll phase all join the batch.
          setImmediate(flush);
        }
      });
    },
    flush,
  };
}
