CREATE TABLE `backups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`path` text NOT NULL,
	`bytes` integer NOT NULL,
	`cases` integer NOT NULL
);
