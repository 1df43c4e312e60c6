CREATE TABLE `mail_intake` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`mailbox` text NOT NULL,
	`uid_validity` integer NOT NULL,
	`uid` integer NOT NULL,
	`message_id` text,
	`sender` text,
	`source` text,
	`state` text NOT NULL,
	`reason` text,
	`claimed_by` text,
	`claim_expires_at` text,
	`stored_at` text NOT NULL,
	`decided_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `mail_intake_uid` ON `mail_intake` (`mailbox`,`uid_validity`,`uid`);--> statement-breakpoint
CREATE INDEX `mail_intake_open` ON `mail_intake` (`state`,`id`) WHERE state in ('stored', 'quarantined');