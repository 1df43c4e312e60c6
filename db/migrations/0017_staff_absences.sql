CREATE TABLE `staff_absences` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`staff_id` integer NOT NULL,
	`starts_at` text NOT NULL,
	`ends_at` text NOT NULL,
	`cover_staff_id` integer,
	`set_by` text NOT NULL,
	`set_at` text NOT NULL,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`cover_staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `staff_absences_staff` ON `staff_absences` (`staff_id`);--> statement-breakpoint
CREATE INDEX `staff_absences_cover` ON `staff_absences` (`cover_staff_id`);