/**
 * The staff side's listeners on the one Bolt app (issue 20): the case card's buttons and forms, the
 * approval card's, Acknowledge on page DMs. Every listener acknowledges first and decides after.
 */
import type { App } from '@slack/bolt';
import { STAFF_ACTIONS, STAFF_VIEWS } from '../blocks/staff-ids.ts';
import { pressApprovalButton, submitApprovalForm } from './approval-actions.ts';
import { CASE_BUTTONS, pressCaseButton } from './case-buttons.ts';
import { type FormAnswer, submitCaseForm } from './case-forms.ts';
import { openCaseFromHome } from './home-and-command.ts';
import { pressAcknowledge } from './page-actions.ts';
import type { StaffDeps, WebClientLike } from './staff-context.ts';

const FORM_FAILED: FormAnswer = {
  response_action: 'errors',
  errors: { text: 'Sorry, that could not be done just now. Please try again in a minute.' },
};

export function registerStaffListeners(app: App, deps: StaffDeps): void {
  const guarded =
    (what: string, work: (body: unknown, client: WebClientLike) => Promise<void>) =>
    async ({ ack, body, client }: { ack: () => Promise<void>; body: unknown; client: unknown }) => {
      await ack();
      try {
        await work(body, client as WebClientLike);
      } catch (error) {
        deps.logger.error({ err: error instanceof Error ? error.message : String(error), what }, 'staff action failed');
      }
    };
  for (const id of CASE_BUTTONS)
    app.action(id, guarded(id, (body, client) => pressCaseButton(deps, body, client)) as never);
  for (const id of [STAFF_ACTIONS.approve, STAFF_ACTIONS.reject]) {
    app.action(id, guarded(id, (body, client) => pressApprovalButton(deps, body, client)) as never);
  }
  app.action(
    STAFF_ACTIONS.showCase,
    guarded('show-case', (body, client) => openCaseFromHome(deps, body, client)) as never,
  );
  app.action(
    STAFF_ACTIONS.acknowledge,
    guarded('acknowledge', (body, client) => pressAcknowledge(deps, body, client)) as never,
  );

  const form =
    (work: (body: unknown) => FormAnswer | Promise<FormAnswer>) =>
    async ({ ack, body }: { ack: (answer?: unknown) => Promise<void>; body: unknown }) => {
      let answer: FormAnswer;
      try {
        answer = await work(body);
      } catch (error) {
        deps.logger.error({ err: error instanceof Error ? error.message : String(error) }, 'staff form failed');
        answer = FORM_FAILED;
      }
      await ack(answer);
    };
  for (const id of [STAFF_VIEWS.reply, STAFF_VIEWS.ask, STAFF_VIEWS.severity]) {
    app.view(id, form(async (body) => await submitCaseForm(deps, body)) as never);
  }
  for (const id of [STAFF_VIEWS.approve, STAFF_VIEWS.reject]) {
    app.view(id, form((body) => submitApprovalForm(deps, body)) as never);
  }
}
