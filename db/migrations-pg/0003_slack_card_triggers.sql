-- The triggers of the SQLite migration 0013 (issue 20: the staff side's Slack cards follow every change in
-- the change's own transaction) in PostgreSQL's form. Same names, same columns, same effect: a case card
-- is due once the case is open (not while the bot still collects its details), an approval card when the
-- approval is asked for; every later change to what a card shows bumps its revision, and the Slack sender
-- brings the message up to date. As in SQLite, `UPDATE OF columns` fires when one of them is SET, and a
-- change of `updated_at` alone, or a customer message on the timeline, does not move the card.
-- tests/integration/postgres/schema-parity.test.ts checks both dialects have the same triggers.
CREATE FUNCTION caseline_slack_card_for_case() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO slack_cards (key, kind, ref_id, created_at)
  VALUES ('case:' || NEW.id, 'case', NEW.id, NEW.updated_at)
  ON CONFLICT (key) DO UPDATE SET revision = slack_cards.revision + 1;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER slack_cards_case_insert
AFTER INSERT ON cases
FOR EACH ROW WHEN (NEW.state <> 'collecting') EXECUTE FUNCTION caseline_slack_card_for_case();
--> statement-breakpoint
CREATE TRIGGER slack_cards_case_update
AFTER UPDATE OF state, severity, tier, system, product, version, description, sold_to, end_user,
  region, response_due, target_due, target_kind, must_call_in, owner_staff_id, paused_at ON cases
FOR EACH ROW WHEN (NEW.state <> 'collecting') EXECUTE FUNCTION caseline_slack_card_for_case();
--> statement-breakpoint
CREATE FUNCTION caseline_slack_card_bump_case() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE slack_cards SET revision = revision + 1 WHERE key = 'case:' || NEW.case_id;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER slack_cards_case_event
AFTER INSERT ON case_events
FOR EACH ROW WHEN (NEW.kind IN ('owner', 'state', 'severity', 'approval', 'page', 'staff-reply', 'note', 'follow-up'))
EXECUTE FUNCTION caseline_slack_card_bump_case();
--> statement-breakpoint
CREATE FUNCTION caseline_slack_card_for_approval() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO slack_cards (key, kind, ref_id, created_at)
  VALUES ('approval:' || NEW.id, 'approval', NEW.id, NEW.created_at)
  ON CONFLICT (key) DO UPDATE SET revision = slack_cards.revision + 1;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER slack_cards_approval_insert
AFTER INSERT ON approvals
FOR EACH ROW EXECUTE FUNCTION caseline_slack_card_for_approval();
--> statement-breakpoint
CREATE FUNCTION caseline_slack_card_bump_approval() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE slack_cards SET revision = revision + 1 WHERE key = 'approval:' || NEW.id;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER slack_cards_approval_update
AFTER UPDATE ON approvals
FOR EACH ROW EXECUTE FUNCTION caseline_slack_card_bump_approval();
--> statement-breakpoint
CREATE TRIGGER slack_cards_page_insert
AFTER INSERT ON pages
FOR EACH ROW EXECUTE FUNCTION caseline_slack_card_bump_case();
--> statement-breakpoint
CREATE FUNCTION caseline_slack_card_bump_page() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE slack_cards SET revision = revision + 1
  WHERE key = 'case:' || NEW.case_id OR (kind = 'page' AND ref_id = NEW.id);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER slack_cards_page_update
AFTER UPDATE ON pages
FOR EACH ROW EXECUTE FUNCTION caseline_slack_card_bump_page();
