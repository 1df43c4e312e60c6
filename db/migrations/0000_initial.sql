CREATE TABLE `case_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`at` text NOT NULL,
	`kind` text NOT NULL,
	`actor` text NOT NULL,
	`text` text,
	`details` text DEFAULT '{}' NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_events_case` ON `case_events` (`case_id`);--> statement-breakpoint
CREATE TABLE `cases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`number` text NOT NULL,
	`type` text NOT NULL,
	`state` text NOT NULL,
	`severity` text,
	`system` text,
	`product` text,
	`version` text,
	`description` text,
	`circumstances` text,
	`business_impact` text,
	`sold_to` text,
	`end_user` text,
	`contact_id` integer,
	`contract_id` text,
	`tier` text,
	`region` text,
	`time_zone` text,
	`holiday_country` text,
	`clock_started_at` text,
	`response_due` text,
	`target_kind` text,
	`target_due` text,
	`commitment_percent` integer,
	`must_call_in` integer DEFAULT false NOT NULL,
	`responded_at` text,
	`target_met_at` text,
	`paused_at` text,
	`pauses` text DEFAULT '[]' NOT NULL,
	`owner_staff_id` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cases_number` ON `cases` (`number`);--> statement-breakpoint
CREATE INDEX `cases_contact` ON `cases` (`contact_id`);--> statement-breakpoint
CREATE INDEX `cases_state` ON `cases` (`state`);--> statement-breakpoint
CREATE TABLE `conversations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`channel` text NOT NULL,
	`thread_key` text NOT NULL,
	`sender_key` text NOT NULL,
	`contact_id` integer,
	`case_id` integer,
	`dialogue` text DEFAULT '{}' NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `conversations_thread` ON `conversations` (`channel`,`thread_key`);--> statement-breakpoint
CREATE TABLE `escalations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`target` text NOT NULL,
	`level` text NOT NULL,
	`at` text NOT NULL,
	`due` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `escalations_once` ON `escalations` (`case_id`,`target`,`level`);--> statement-breakpoint
CREATE TABLE `verifications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`channel` text NOT NULL,
	`sender_key` text NOT NULL,
	`contact_id` integer NOT NULL,
	`verified_at` text NOT NULL,
	`expires_at` text NOT NULL,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `verifications_sender` ON `verifications` (`channel`,`sender_key`);--> statement-breakpoint
CREATE TABLE `access_grants` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`contact_id` integer NOT NULL,
	`pair_id` integer NOT NULL,
	`level` text NOT NULL,
	`approved_by` text,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`pair_id`) REFERENCES `account_pairs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `access_grants_unique` ON `access_grants` (`contact_id`,`pair_id`);--> statement-breakpoint
CREATE TABLE `account_pairs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`sold_to` text NOT NULL,
	`end_user` text NOT NULL,
	`support_owner` text NOT NULL,
	`relation` text NOT NULL,
	FOREIGN KEY (`sold_to`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`end_user`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`support_owner`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `account_pairs_unique` ON `account_pairs` (`sold_to`,`end_user`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`actor` text NOT NULL,
	`action` text NOT NULL,
	`subject` text NOT NULL,
	`details` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_log_at` ON `audit_log` (`at`);--> statement-breakpoint
CREATE TABLE `companies` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `contact_emails` (
	`email` text PRIMARY KEY NOT NULL,
	`contact_id` integer NOT NULL,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `contact_emails_contact` ON `contact_emails` (`contact_id`);--> statement-breakpoint
CREATE TABLE `contacts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`phone` text,
	`slack_user_id` text,
	`designated` integer NOT NULL,
	`pin_hash` text,
	`failed_pin_attempts` integer DEFAULT 0 NOT NULL,
	`locked_until` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `contacts_email` ON `contacts` (`email`);--> statement-breakpoint
CREATE UNIQUE INDEX `contacts_slack` ON `contacts` (`slack_user_id`);--> statement-breakpoint
CREATE TABLE `contract_products` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`contract_id` text NOT NULL,
	`name` text NOT NULL,
	`versions` text DEFAULT '[]' NOT NULL,
	FOREIGN KEY (`contract_id`) REFERENCES `contracts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `contract_products_unique` ON `contract_products` (`contract_id`,`name`);--> statement-breakpoint
CREATE TABLE `contracts` (
	`id` text PRIMARY KEY NOT NULL,
	`sold_to` text NOT NULL,
	`tier` text NOT NULL,
	`region` text NOT NULL,
	`time_zone` text,
	`holiday_country` text,
	`status` text NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text NOT NULL,
	`pilot` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`sold_to`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `contracts_sold_to` ON `contracts` (`sold_to`);--> statement-breakpoint
CREATE TABLE `staff` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slack_user_id` text,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`roles` text NOT NULL,
	`regions` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `staff_email` ON `staff` (`email`);--> statement-breakpoint
CREATE UNIQUE INDEX `staff_slack` ON `staff` (`slack_user_id`);--> statement-breakpoint
CREATE TABLE `approvals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`reference` text NOT NULL,
	`kind` text NOT NULL,
	`decision` text NOT NULL,
	`state` text NOT NULL,
	`case_id` integer,
	`contact_id` integer,
	`decided_by` integer,
	`decided_at` text,
	`expires_on` text,
	`details` text DEFAULT '{}' NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `approvals_reference` ON `approvals` (`reference`);--> statement-breakpoint
CREATE TABLE `license_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`reference` text NOT NULL,
	`kind` text NOT NULL,
	`fields` text NOT NULL,
	`provenance` text DEFAULT '{}' NOT NULL,
	`missing` text DEFAULT '[]' NOT NULL,
	`invalid` text DEFAULT '[]' NOT NULL,
	`state` text NOT NULL,
	`region` text,
	`routed_to` text,
	`routed_at` text,
	`contact_id` integer,
	`requester_address` text NOT NULL,
	`conversation_id` integer,
	`case_id` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `license_requests_reference` ON `license_requests` (`reference`);--> statement-breakpoint
CREATE TABLE `attachments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`inbound_id` integer,
	`case_id` integer,
	`filename` text NOT NULL,
	`content_type` text NOT NULL,
	`size` integer NOT NULL,
	`storage_path` text NOT NULL,
	`sha256` text NOT NULL,
	FOREIGN KEY (`inbound_id`) REFERENCES `inbound_messages`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `attachments_case` ON `attachments` (`case_id`);--> statement-breakpoint
CREATE TABLE `bounces` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`outbox_id` integer,
	`case_id` integer,
	`recipient` text NOT NULL,
	`status` text,
	`at` text NOT NULL,
	FOREIGN KEY (`outbox_id`) REFERENCES `outbox`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `inbound_messages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`channel` text NOT NULL,
	`dedupe_key` text NOT NULL,
	`sender` text NOT NULL,
	`subject` text,
	`received_at` text NOT NULL,
	`decision` text NOT NULL,
	`reason` text,
	`case_id` integer,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `inbound_dedupe` ON `inbound_messages` (`channel`,`dedupe_key`);--> statement-breakpoint
CREATE TABLE `mailbox_checkpoints` (
	`mailbox` text PRIMARY KEY NOT NULL,
	`uid_validity` integer NOT NULL,
	`last_uid` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`channel` text NOT NULL,
	`recipient` text NOT NULL,
	`audience` text NOT NULL,
	`subject` text,
	`text` text NOT NULL,
	`thread_key` text,
	`in_reply_to` text,
	`references` text DEFAULT '[]' NOT NULL,
	`message_id` text,
	`case_id` integer,
	`inbound_id` integer,
	`attachments` text DEFAULT '[]' NOT NULL,
	`state` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` text NOT NULL,
	`last_error` text,
	`created_at` text NOT NULL,
	`sent_at` text,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`inbound_id`) REFERENCES `inbound_messages`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `outbox_due` ON `outbox` (`state`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `outbox_message_id` ON `outbox` (`message_id`);