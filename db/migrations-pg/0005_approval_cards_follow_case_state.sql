-- The trigger of the SQLite migration 0015 in PostgreSQL's form (red team round 7): a pending approval's
-- Slack card follows its case's state, so a closed case's card loses Approve.
CREATE FUNCTION caseline_slack_card_approvals_of_case() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE slack_cards SET revision = revision + 1
  WHERE kind = 'approval'
    AND ref_id IN (SELECT id FROM approvals WHERE case_id = NEW.id AND state = 'pending');
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER slack_cards_approval_case_state
AFTER UPDATE OF state ON cases
FOR EACH ROW WHEN (OLD.state IS DISTINCT FROM NEW.state) EXECUTE FUNCTION caseline_slack_card_approvals_of_case();
