/**
 * Reply text → Slack mrkdwn, pure (issue 19 §8: "templates render as Slack mrkdwn from the same source
 * as mail text"). The replies are plain text written for mail; here every character the customer or a
 * template could have put there is escaped first (domain/slack-text.ts), then only markup of our own is
 * added: case references in bold, list items as bullets, bare web addresses as links.
 */
import { slackSafe } from '../../domain/slack-text.ts';

const CASE_REFERENCE = /\bCase (\d{8})\b/g;
const LIST_ITEM = /^(\s*)[-*] (?=\S)/gm;
/** A bare http(s) address, without the punctuation that usually ends a sentence after it. */
const WEB_ADDRESS = /\bhttps?:\/\/[^\s<>|]+[^\s<>|.,;:!?'")\]]/g;

export function toMrkdwn(plain: string): string {
  return slackSafe(plain.replace(/\r\n?/g, '\n'))
    .replace(LIST_ITEM, '$1• ')
    .replace(WEB_ADDRESS, (url) => `<${url}>`)
    .replace(CASE_REFERENCE, '*Case $1*');
}
