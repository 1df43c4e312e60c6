-- The triggers of the SQLite migrations 0001 (audit log append-only) and 0006 (issue 22: a change to what a
-- case's clock depends on asks the scheduler to re-plan the case), in PostgreSQL's form. Same names, same
-- columns, same effect; tests/integration/postgres/schema-parity.test.ts checks both.
CREATE FUNCTION caseline_audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION caseline_audit_log_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION caseline_audit_log_append_only();
--> statement-breakpoint
-- TRUNCATE bypasses row triggers in PostgreSQL (SQLite has none): refuse it too.
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION caseline_audit_log_append_only();
--> statement-breakpoint
CREATE FUNCTION caseline_replan_case() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO scheduled_jobs (kind, key, due_at, state, attempts, payload, updated_at)
  VALUES ('case', 'case:' || NEW.id, '', 'pending', 0, jsonb_build_object('caseId', NEW.id), NEW.updated_at)
  ON CONFLICT (key) DO UPDATE SET due_at = '', state = 'pending', attempts = 0, last_error = NULL,
    updated_at = excluded.updated_at;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER cases_replan_on_update
AFTER UPDATE OF state, severity, tier, region, time_zone, holiday_country, clock_started_at,
  response_due, target_due, responded_at, target_met_at, paused_at, pauses, owner_staff_id ON cases
FOR EACH ROW EXECUTE FUNCTION caseline_replan_case();
--> statement-breakpoint
CREATE TRIGGER cases_replan_on_insert
AFTER INSERT ON cases
FOR EACH ROW WHEN (NEW.clock_started_at IS NOT NULL) EXECUTE FUNCTION caseline_replan_case();
