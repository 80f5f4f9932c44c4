CREATE TABLE `branches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`timezone` text NOT NULL,
	`languages` text NOT NULL,
	`theme` text NOT NULL,
	`ticker` text DEFAULT '' NOT NULL,
	`speech_output` text DEFAULT 'display' NOT NULL,
	`allow_remote_join` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `counter_services` (
	`counter_id` integer NOT NULL,
	`service_id` integer NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`counter_id`, `service_id`),
	FOREIGN KEY (`counter_id`) REFERENCES `counters`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `counters` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`branch_id` integer NOT NULL,
	`name` text NOT NULL,
	`number` integer NOT NULL,
	`status` text DEFAULT 'closed' NOT NULL,
	`pause_reason` text,
	`status_since` integer NOT NULL,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `counters_branch_number` ON `counters` (`branch_id`,`number`);--> statement-breakpoint
CREATE TABLE `day_counters` (
	`service_id` integer NOT NULL,
	`day` text NOT NULL,
	`last_number` integer NOT NULL,
	PRIMARY KEY(`service_id`, `day`),
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `displays` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`branch_id` integer NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`group_name` text DEFAULT 'main' NOT NULL,
	`counter_id` integer,
	`token_hash` text NOT NULL,
	`languages` text NOT NULL,
	`volume` integer DEFAULT 80 NOT NULL,
	`layout` text DEFAULT 'auto' NOT NULL,
	`revoked` integer DEFAULT false NOT NULL,
	`last_seen_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`counter_id`) REFERENCES `counters`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `displays_token_hash_unique` ON `displays` (`token_hash`);--> statement-breakpoint
CREATE TABLE `services` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`branch_id` integer NOT NULL,
	`prefix` text NOT NULL,
	`names` text NOT NULL,
	`target_wait_min` integer DEFAULT 15 NOT NULL,
	`opening_hours` text,
	`active` integer DEFAULT true NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `services_branch_prefix` ON `services` (`branch_id`,`prefix`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id_hash` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_user` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `ticket_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ticket_id` integer NOT NULL,
	`branch_id` integer NOT NULL,
	`type` text NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`service_id` integer NOT NULL,
	`counter_id` integer,
	`user_id` integer,
	`at` integer NOT NULL,
	`data` text,
	FOREIGN KEY (`ticket_id`) REFERENCES `tickets`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ticket_events_ticket` ON `ticket_events` (`ticket_id`);--> statement-breakpoint
CREATE INDEX `ticket_events_branch_at` ON `ticket_events` (`branch_id`,`at`);--> statement-breakpoint
CREATE TABLE `tickets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`branch_id` integer NOT NULL,
	`service_id` integer NOT NULL,
	`issued_service_id` integer NOT NULL,
	`day` text NOT NULL,
	`number` integer NOT NULL,
	`code` text NOT NULL,
	`channel` text NOT NULL,
	`priority` text DEFAULT 'normal' NOT NULL,
	`language` text,
	`status` text NOT NULL,
	`effective_at` integer NOT NULL,
	`counter_id` integer,
	`target_counter_id` integer,
	`recall_count` integer DEFAULT 0 NOT NULL,
	`phone_token` text NOT NULL,
	`outcome` text,
	`note` text,
	`created_at` integer NOT NULL,
	`called_at` integer,
	`serving_at` integer,
	`finished_at` integer,
	`parked_at` integer,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`issued_service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`counter_id`) REFERENCES `counters`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`target_counter_id`) REFERENCES `counters`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tickets_phone_token_unique` ON `tickets` (`phone_token`);--> statement-breakpoint
CREATE INDEX `tickets_queue` ON `tickets` (`branch_id`,`service_id`,`priority`,`effective_at`) WHERE status in ('waiting', 'transferred');--> statement-breakpoint
CREATE INDEX `tickets_active` ON `tickets` (`branch_id`,`status`) WHERE status in ('waiting', 'called', 'serving', 'transferred', 'parked');--> statement-breakpoint
CREATE INDEX `tickets_active_code` ON `tickets` (`issued_service_id`,`number`) WHERE status in ('waiting', 'called', 'serving', 'transferred', 'parked');--> statement-breakpoint
CREATE INDEX `tickets_branch_day` ON `tickets` (`branch_id`,`day`);--> statement-breakpoint
CREATE INDEX `tickets_done` ON `tickets` (`service_id`,`finished_at`) WHERE status = 'done';--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`username` text NOT NULL,
	`display_name` text NOT NULL,
	`password_hash` text NOT NULL,
	`role` text NOT NULL,
	`branch_id` integer,
	`disabled` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_username_unique` ON `users` (`username`);