/** The visitor's one satisfaction answer, by phone token, once the ticket is done. */
import { conflict, notFound } from '../domain/errors.ts';
import type { ServiceDeps } from '../services/deps.ts';
import type { InsightRepo } from './insight-repo.ts';

export function createFeedbackService(deps: ServiceDeps, repo: InsightRepo) {
  const byToken = (token: string) => {
    const ticket = deps.repos.tickets.getByPhoneToken(token);
    if (!ticket) throw notFound('that ticket');
    return ticket;
  };

  return {
    state(token: string) {
      const ticket = byToken(token);
      const answer = repo.answerFor(ticket.id);
      return { canAnswer: ticket.status === 'done' && !answer, answered: !!answer, score: answer?.score ?? null, language: ticket.language };
    },

    answer(token: string, input: { score: number; comment?: string | null }) {
      const ticket = byToken(token);
      if (ticket.status !== 'done') throw conflict('not_finished', 'you can rate your visit once it is finished');
      return deps.transaction(() => {
        // Checked inside the write transaction, with the unique index as the last word on a race.
        if (repo.answerFor(ticket.id)) throw conflict('already_answered', 'this visit has already been rated');
        const comment = input.comment?.trim() || null;
        const row = {
          ticketId: ticket.id, branchId: ticket.branchId, serviceId: ticket.serviceId, counterId: ticket.counterId,
          userId: repo.lastFinisher(ticket.id), score: input.score, comment, language: ticket.language, at: deps.now(),
        };
        try {
          repo.insertAnswer(row);
        } catch (err) {
          if (String(err).includes('UNIQUE')) throw conflict('already_answered', 'this visit has already been rated');
          throw err;
        }
        return { score: row.score, comment: row.comment };
      });
    },
  };
}

export type FeedbackService = ReturnType<typeof createFeedbackService>;
