/** What the mail path needs from the configuration, with the defaults of a local run (`caseline ingest`). */
import type { Config } from '../../config.ts';

export interface MailSettings {
  /** MAIL_FROM: our address (mail from it is our own coming back) and the domain of our Message-IDs. */
  ownAddress: string;
  /** Only Authentication-Results from this server are believed; null → every sender counts as unauthenticated. */
  trustedAuthservId: string | null;
  messageIdSecret: string;
  attachmentDir: string;
  maxAttachmentBytes: number;
  autoReplyCapPerHour: number;
}

/**
 * Without a configured mailbox (a local `caseline ingest`) the run uses support@caseline.invalid, no
 * trusted authserv-id — so every sender's auth is 'none' and no one is acted on as a contact — and a
 * fixed Message-ID secret that only has to be stable within this database.
 */
export const LOCAL_MAIL_DEFAULTS = {
  ownAddress: 'support@caseline.invalid',
  messageIdSecret: 'caseline-local-message-id-secret',
} as const;

export function mailSettingsFrom(config: Config): MailSettings {
  return {
    ownAddress: (config.MAIL_FROM ?? LOCAL_MAIL_DEFAULTS.ownAddress).toLowerCase(),
    trustedAuthservId: config.MAIL_TRUSTED_AUTHSERV_ID ?? null,
    messageIdSecret: config.MAIL_MESSAGE_ID_SECRET ?? LOCAL_MAIL_DEFAULTS.messageIdSecret,
    attachmentDir: config.ATTACHMENT_DIR,
    maxAttachmentBytes: config.ATTACHMENT_MAX_BYTES,
    autoReplyCapPerHour: config.MAIL_AUTO_REPLY_CAP_PER_HOUR,
  };
}
