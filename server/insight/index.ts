/** Insight's entry point for the app: its repository and services, built from the shared deps. */
import type { ServiceDeps } from '../services/deps.ts';
import { createFeedbackService } from './feedback-service.ts';
import { insightRepoFor } from './insight-repo.ts';
import { createReportService } from './report-service.ts';

export function createInsight(deps: ServiceDeps) {
  const repo = insightRepoFor(deps.db);
  return { repo, reports: createReportService(deps, repo), feedback: createFeedbackService(deps, repo) };
}
