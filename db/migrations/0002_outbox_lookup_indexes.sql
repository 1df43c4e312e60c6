CREATE INDEX `outbox_inbound` ON `outbox` (`inbound_id`);--> statement-breakpoint
CREATE INDEX `outbox_recipient_created` ON `outbox` (`recipient`,`created_at`);