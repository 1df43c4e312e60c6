CREATE TABLE `slack_cards` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`kind` text NOT NULL,
	`ref_id` integer NOT NULL,
	`target` text,
	`channel` text,
	`ts` text,
	`body` text,
	`revision` integer DEFAULT 1 NOT NULL,
	`synced_revision` integer DEFAULT 0 NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` text DEFAULT '' NOT NULL,
	`last_error` text,
	`pending_nudge` text,
	`state` text DEFAULT 'live' NOT NULL,
	`created_at` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `slack_cards_key` ON `slack_cards` (`key`);--> statement-breakpoint
CREATE INDEX `slack_cards_dirty` ON `slack_cards` (`next_attempt_at`) WHERE revision > synced_revision and state = 'live';--> statement-breakpoint
CREATE INDEX `slack_cards_message` ON `slack_cards` (`channel`,`ts`);--> statement-breakpoint
CREATE INDEX `slack_cards_ref` ON `slack_cards` (`kind`,`ref_id`);