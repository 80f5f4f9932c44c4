-- ticket_events is the audit trail reports are computed from: refuse edits and deletions.
CREATE TRIGGER `ticket_events_no_update` BEFORE UPDATE ON `ticket_events`
BEGIN SELECT RAISE(ABORT, 'ticket_events is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `ticket_events_no_delete` BEFORE DELETE ON `ticket_events`
BEGIN SELECT RAISE(ABORT, 'ticket_events is append-only'); END;
