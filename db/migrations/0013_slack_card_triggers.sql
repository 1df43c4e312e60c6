-- Issue 20: the staff side's Slack cards follow every change in the change's own transaction. A case
-- card is due once the case is open (not while the bot still collects its details); an approval card
-- when the approval is asked for; every later change to the case, its timeline, its approval or its
-- pages bumps the card's revision, and the Slack sender brings the message up to date (chat.update).
-- Whatever code path changes a case (a message, a staff action, the clock), its card follows. Only
-- what the card shows moves it: a change of `updated_at` alone, or a customer message on the timeline,
-- does not cost a chat.update.
CREATE TRIGGER `slack_cards_case_insert`
AFTER INSERT ON `cases` WHEN NEW.`state` <> 'collecting'
BEGIN
  INSERT INTO `slack_cards` (`key`, `kind`, `ref_id`, `created_at`)
  VALUES ('case:' || NEW.`id`, 'case', NEW.`id`, NEW.`updated_at`)
  ON CONFLICT (`key`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `slack_cards_case_update`
AFTER UPDATE OF `state`, `severity`, `tier`, `system`, `product`, `version`, `description`, `sold_to`, `end_user`,
  `region`, `response_due`, `target_due`, `target_kind`, `must_call_in`, `owner_staff_id`, `paused_at` ON `cases`
WHEN NEW.`state` <> 'collecting'
BEGIN
  INSERT INTO `slack_cards` (`key`, `kind`, `ref_id`, `created_at`)
  VALUES ('case:' || NEW.`id`, 'case', NEW.`id`, NEW.`updated_at`)
  ON CONFLICT (`key`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `slack_cards_case_event`
AFTER INSERT ON `case_events`
WHEN NEW.`kind` IN ('owner', 'state', 'severity', 'approval', 'page', 'staff-reply', 'note', 'follow-up')
BEGIN
  UPDATE `slack_cards` SET `revision` = `revision` + 1 WHERE `key` = 'case:' || NEW.`case_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `slack_cards_approval_insert`
AFTER INSERT ON `approvals`
BEGIN
  INSERT INTO `slack_cards` (`key`, `kind`, `ref_id`, `created_at`)
  VALUES ('approval:' || NEW.`id`, 'approval', NEW.`id`, NEW.`created_at`)
  ON CONFLICT (`key`) DO UPDATE SET `revision` = `revision` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `slack_cards_approval_update`
AFTER UPDATE ON `approvals`
BEGIN
  UPDATE `slack_cards` SET `revision` = `revision` + 1 WHERE `key` = 'approval:' || NEW.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `slack_cards_page_insert`
AFTER INSERT ON `pages`
BEGIN
  UPDATE `slack_cards` SET `revision` = `revision` + 1 WHERE `key` = 'case:' || NEW.`case_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `slack_cards_page_update`
AFTER UPDATE ON `pages`
BEGIN
  UPDATE `slack_cards` SET `revision` = `revision` + 1
  WHERE `key` = 'case:' || NEW.`case_id` OR (`kind` = 'page' AND `ref_id` = NEW.`id`);
END;
