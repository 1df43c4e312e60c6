CREATE TABLE `slack_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` text NOT NULL,
	`kind` text NOT NULL,
	`channel` text,
	`message_ts` text,
	`state` text NOT NULL,
	`reason` text,
	`summary` text DEFAULT '{}' NOT NULL,
	`inbound_id` integer,
	`received_at` text NOT NULL,
	`retry_num` integer,
	FOREIGN KEY (`inbound_id`) REFERENCES `inbound_messages`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `slack_events_event_id` ON `slack_events` (`event_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `slack_events_message` ON `slack_events` (`channel`,`message_ts`) WHERE message_ts is not null;--> statement-breakpoint
CREATE INDEX `slack_events_received` ON `slack_events` (`state`) WHERE state = 'received';--> statement-breakpoint
CREATE TABLE `slack_threads` (
	`channel` text NOT NULL,
	`thread_ts` text NOT NULL,
	`conversation_key` text NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`channel`, `thread_ts`)
);
--> statement-breakpoint
ALTER TABLE `outbox` ADD `actions` text DEFAULT '[]' NOT NULL;