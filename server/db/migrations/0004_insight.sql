CREATE TABLE `feedback_answers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ticket_id` integer NOT NULL,
	`branch_id` integer NOT NULL,
	`service_id` integer NOT NULL,
	`counter_id` integer,
	`user_id` integer,
	`score` integer NOT NULL,
	`comment` text,
	`language` text,
	`at` integer NOT NULL,
	FOREIGN KEY (`ticket_id`) REFERENCES `tickets`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `feedback_answers_ticket_id_unique` ON `feedback_answers` (`ticket_id`);--> statement-breakpoint
CREATE INDEX `feedback_answers_branch_at` ON `feedback_answers` (`branch_id`,`at`);--> statement-breakpoint
CREATE TABLE `roster_shifts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`branch_id` integer NOT NULL,
	`weekday` integer NOT NULL,
	`from_time` text NOT NULL,
	`to_time` text NOT NULL,
	`counters` integer NOT NULL,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `roster_shifts_branch` ON `roster_shifts` (`branch_id`);--> statement-breakpoint
CREATE TABLE `service_level_targets` (
	`branch_id` integer PRIMARY KEY NOT NULL,
	`level_percent` integer NOT NULL,
	`wait_min` integer NOT NULL,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `signage_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`sha256` text,
	`ext` text,
	`mime` text,
	`size` integer,
	`width` integer,
	`height` integer,
	`html` text,
	`url` text,
	`text` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `signage_playlists` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`branch_id` integer NOT NULL,
	`name` text NOT NULL,
	`items` text NOT NULL,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `signage_plays` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`display_id` integer NOT NULL,
	`item_id` integer NOT NULL,
	`playlist_id` integer,
	`started_at` integer NOT NULL,
	`duration_ms` integer NOT NULL,
	FOREIGN KEY (`display_id`) REFERENCES `displays`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `signage_plays_item` ON `signage_plays` (`item_id`,`started_at`);--> statement-breakpoint
CREATE TABLE `signage_schedules` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`branch_id` integer NOT NULL,
	`playlist_id` integer NOT NULL,
	`name` text NOT NULL,
	`groups` text,
	`rule` text NOT NULL,
	`valid_from` text,
	`valid_to` text,
	`priority` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`playlist_id`) REFERENCES `signage_playlists`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `signage_schedules_branch` ON `signage_schedules` (`branch_id`);--> statement-breakpoint
CREATE TABLE `signage_settings` (
	`branch_id` integer PRIMARY KEY NOT NULL,
	`default_playlist_id` integer,
	`blank_outside_hours` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`default_playlist_id`) REFERENCES `signage_playlists`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `signage_takeovers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`branch_id` integer NOT NULL,
	`groups` text,
	`message` text NOT NULL,
	`until` integer,
	`cleared_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `wait_estimates` (
	`ticket_id` integer PRIMARY KEY NOT NULL,
	`min_min` integer NOT NULL,
	`max_min` integer NOT NULL,
	`at` integer NOT NULL,
	FOREIGN KEY (`ticket_id`) REFERENCES `tickets`(`id`) ON UPDATE no action ON DELETE no action
);
