ALTER TABLE `displays` ADD `chime` text DEFAULT 'ding-dong' NOT NULL;--> statement-breakpoint
ALTER TABLE `displays` ADD `quiet_hours` text;