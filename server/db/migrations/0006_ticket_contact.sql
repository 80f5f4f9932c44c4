ALTER TABLE `tickets` ADD `contact_name` text;--> statement-breakpoint
ALTER TABLE `tickets` ADD `contact_phone` text;