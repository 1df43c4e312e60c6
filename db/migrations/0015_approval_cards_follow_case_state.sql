-- Red team round 7: a pending approval's Slack card follows its case's state. When the case closes (or
-- reopens), the card is brought up to date: it says the approval can no longer be issued and keeps only
-- Reject (card-views.ts, blocks/approval-card.ts). Decided approvals' cards do not move.
CREATE TRIGGER `slack_cards_approval_case_state`
AFTER UPDATE OF `state` ON `cases`
WHEN OLD.`state` <> NEW.`state`
BEGIN
  UPDATE `slack_cards` SET `revision` = `revision` + 1
  WHERE `kind` = 'approval'
    AND `ref_id` IN (SELECT `id` FROM `approvals` WHERE `case_id` = NEW.`id` AND `state` = 'pending');
END;
