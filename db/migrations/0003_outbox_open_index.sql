DROP INDEX `outbox_due`;--> statement-breakpoint
CREATE INDEX `outbox_open` ON `outbox` (`state`,`next_attempt_at`) WHERE state in ('pending', 'sending');