/** Free-text announcements to a branch or a display group: stored, then shown as a banner and spoken. */
import type { Announcement } from '../../shared/protocol.ts';
import { badRequest, notFound } from '../domain/errors.ts';
import type { AnnouncementRow } from '../db/schema.ts';
import { assertBranchAccess } from './access.ts';
import { actorUserId, type Actor, type ServiceDeps } from './deps.ts';

export const MAX_ANNOUNCEMENT_LENGTH = 500;

export function toWireAnnouncement(row: AnnouncementRow): Announcement {
  return { id: String(row.id), text: row.text, language: row.language, group: row.group, at: row.at };
}

export function createAnnouncementService(deps: ServiceDeps) {
  const { announcements, setup } = deps.repos;

  function requireBranch(branchId: number) {
    const branch = setup.getBranch(branchId);
    if (!branch) throw notFound(`branch ${branchId}`);
    return branch;
  }

  return {
    announce(
      branchId: number,
      input: { text?: string; savedId?: number; language?: string; group?: string | null },
      actor: Actor,
    ): AnnouncementRow {
      const branch = requireBranch(branchId);
      assertBranchAccess(actor, branchId);
      let text = input.text?.trim() ?? '';
      let language = input.language ?? branch.languages[0] ?? 'en';
      if (input.savedId !== undefined) {
        const saved = announcements.getSaved(input.savedId);
        if (!saved || saved.branchId !== branchId) throw notFound(`saved announcement ${input.savedId}`);
        text = saved.text;
        language = input.language ?? saved.language;
      }
      if (!text) throw badRequest('announcement_empty', 'the announcement has no text');
      if (text.length > MAX_ANNOUNCEMENT_LENGTH) {
        throw badRequest('announcement_too_long', `an announcement has at most ${MAX_ANNOUNCEMENT_LENGTH} characters`);
      }
      const row = announcements.insert({
        branchId,
        text,
        language,
        group: input.group ?? null,
        userId: actorUserId(actor),
        at: deps.now(),
      });
      deps.publisher.publish(branchId, [{ kind: 'announcement', announcement: toWireAnnouncement(row) }]);
      return row;
    },
    listSaved(branchId: number, actor: Actor) {
      requireBranch(branchId);
      assertBranchAccess(actor, branchId);
      return announcements.listSaved(branchId);
    },
    saveTemplate(branchId: number, input: { title: string; text: string; language: string }, actor: Actor) {
      requireBranch(branchId);
      assertBranchAccess(actor, branchId);
      return announcements.insertSaved({ branchId, ...input });
    },
    deleteTemplate(branchId: number, id: number, actor: Actor) {
      assertBranchAccess(actor, branchId);
      if (!announcements.deleteSaved(branchId, id)) throw notFound(`saved announcement ${id}`);
    },
  };
}

export type AnnouncementService = ReturnType<typeof createAnnouncementService>;
