CREATE TABLE `pages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`target` text NOT NULL,
	`level` text NOT NULL,
	`due_key` text NOT NULL,
	`threshold_at` text NOT NULL,
	`due` text NOT NULL,
	`rung` integer DEFAULT 0 NOT NULL,
	`ladder_level` text NOT NULL,
	`recipients` text DEFAULT '[]' NOT NULL,
	`first_sent_at` text NOT NULL,
	`sent_at` text NOT NULL,
	`repage_count` integer DEFAULT 0 NOT NULL,
	`total_repages` integer DEFAULT 0 NOT NULL,
	`next_repage_at` text,
	`late_ms` integer DEFAULT 0 NOT NULL,
	`state` text NOT NULL,
	`closed_reason` text,
	`acknowledged_by` integer,
	`acknowledged_at` text,
	`task_id` integer,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`acknowledged_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pages_once` ON `pages` (`case_id`,`target`,`level`,`due_key`);--> statement-breakpoint
CREATE TABLE `scheduled_jobs` (
	`id` integer PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`key` text NOT NULL,
	`due_at` text NOT NULL,
	`state` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`last_error` text,
	`payload` text DEFAULT '{}' NOT NULL,
	`ran_at` text,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `scheduled_jobs_key` ON `scheduled_jobs` (`key`);--> statement-breakpoint
CREATE INDEX `scheduled_jobs_due` ON `scheduled_jobs` (`due_at`) WHERE state = 'pending';--> statement-breakpoint
CREATE TABLE `scheduler_lease` (
	`name` text PRIMARY KEY NOT NULL,
	`holder` text NOT NULL,
	`acquired_at` text NOT NULL,
	`heartbeat_at` text NOT NULL,
	`expires_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sent_notices` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`key` text NOT NULL,
	`sent_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sent_notices_key` ON `sent_notices` (`key`);--> statement-breakpoint
CREATE INDEX `sent_notices_case` ON `sent_notices` (`case_id`);--> statement-breakpoint
CREATE TABLE `tasks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`due_at` text NOT NULL,
	`assignee_staff_id` integer,
	`state` text NOT NULL,
	`done_by` integer,
	`done_at` text,
	`note` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assignee_staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`done_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `tasks_case` ON `tasks` (`case_id`);