-- Issue 22: every change to what a case's clock depends on asks the scheduler to re-plan the case (its
-- one timed job, key 'case:<id>', due '' = as soon as possible), in the same transaction as the change.
-- Whatever code path changes a case (a message, a staff action, an import), its pages, reminders and
-- tasks are re-planned; nothing has to remember to call the planner.
CREATE TRIGGER `cases_replan_on_update`
AFTER UPDATE OF `state`, `severity`, `tier`, `region`, `time_zone`, `holiday_country`, `clock_started_at`,
  `response_due`, `target_due`, `responded_at`, `target_met_at`, `paused_at`, `pauses`, `owner_staff_id` ON `cases`
BEGIN
  INSERT INTO `scheduled_jobs` (`kind`, `key`, `due_at`, `state`, `attempts`, `payload`, `updated_at`)
  VALUES ('case', 'case:' || NEW.`id`, '', 'pending', 0, json_object('caseId', NEW.`id`), NEW.`updated_at`)
  ON CONFLICT (`key`) DO UPDATE SET `due_at` = '', `state` = 'pending', `attempts` = 0, `last_error` = NULL,
    `updated_at` = excluded.`updated_at`;
END;
--> statement-breakpoint
CREATE TRIGGER `cases_replan_on_insert`
AFTER INSERT ON `cases` WHEN NEW.`clock_started_at` IS NOT NULL
BEGIN
  INSERT INTO `scheduled_jobs` (`kind`, `key`, `due_at`, `state`, `attempts`, `payload`, `updated_at`)
  VALUES ('case', 'case:' || NEW.`id`, '', 'pending', 0, json_object('caseId', NEW.`id`), NEW.`updated_at`)
  ON CONFLICT (`key`) DO UPDATE SET `due_at` = '', `state` = 'pending', `attempts` = 0, `last_error` = NULL,
    `updated_at` = excluded.`updated_at`;
END;
--> statement-breakpoint
-- The escalations table (one row per case, target and level, no ladder) becomes pages; the old rows are
-- kept as closed pages, so a due that paged before the upgrade does not page again.
INSERT INTO `pages` (`case_id`, `target`, `level`, `due_key`, `threshold_at`, `due`, `rung`, `ladder_level`,
  `recipients`, `first_sent_at`, `sent_at`, `state`, `closed_reason`)
SELECT e.`case_id`, e.`target`, e.`level`, COALESCE(c.`clock_started_at`, ''), e.`at`, e.`due`, 0, 'manager',
  '[]', e.`at`, e.`at`, 'cancelled', 'recorded before the escalation ladder'
FROM `escalations` e LEFT JOIN `cases` c ON c.`id` = e.`case_id`;
--> statement-breakpoint
-- Cases that existed before the clock get their job now (a re-plan request; the first tick plans them).
INSERT INTO `scheduled_jobs` (`kind`, `key`, `due_at`, `state`, `attempts`, `payload`, `updated_at`)
SELECT 'case', 'case:' || c.`id`, '', 'pending', 0, json_object('caseId', c.`id`), c.`updated_at`
FROM `cases` c
WHERE c.`state` IN ('open', 'waiting-on-customer')
   OR c.`id` IN (SELECT `case_id` FROM `approvals` WHERE `state` = 'approved' AND `expires_on` IS NOT NULL);
