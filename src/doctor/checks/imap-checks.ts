/**
 * The mailbox as the bot will use it: the login, the folders it reads and files into, and IDLE (without
 * it the bot polls once a minute). Read-only: no folder is created, no message touched.
 */
import { ImapFlow } from 'imapflow';
import type { Config } from '../../config.ts';
import { type CheckResult, failed, ok, skipped } from '../check.ts';
import { describeNetworkError, withTimeout } from '../with-timeout.ts';

const PART = 'mailbox';

export async function checkImap(config: Config, timeoutMs: number): Promise<CheckResult[]> {
  const host = config.IMAP_HOST ?? '';
  const where = `${host}:${config.IMAP_PORT}`;
  const client = new ImapFlow({
    host,
    port: config.IMAP_PORT,
    secure: config.IMAP_TLS,
    ...(config.IMAP_TLS ? {} : { doSTARTTLS: false }),
    auth: { user: config.IMAP_USER ?? '', pass: config.IMAP_PASSWORD ?? '' },
    logger: false,
    disableAutoIdle: true,
    // Our own deadline (withTimeout) answers first and names the step; these only close the socket.
    connectionTimeout: timeoutMs + 1_000,
    greetingTimeout: timeoutMs + 1_000,
    socketTimeout: timeoutMs + 1_000,
  });
  client.on('error', () => undefined);
  const abandon = () => client.close();
  const results: CheckResult[] = [];
  try {
    await withTimeout('IMAP login', timeoutMs, client.connect(), abandon);
    results.push(ok(PART, 'IMAP login', `${config.IMAP_USER} at ${where} (${config.IMAP_TLS ? 'TLS' : 'plaintext'})`));
  } catch (error) {
    client.close();
    return [
      loginFailure(error, config, where),
      ...['IMAP folders', 'IMAP IDLE'].map((n) => skipped(PART, n, 'not checked (no login)')),
    ];
  }
  try {
    results.push(await checkFolders(client, config, timeoutMs, abandon));
    results.push(
      client.capabilities.has('IDLE')
        ? ok(PART, 'IMAP IDLE', 'offered: new mail is read as it arrives')
        : failed(
            PART,
            'IMAP IDLE',
            'not offered: the bot polls every 60 s instead, so a mail waits up to a minute',
            'enable IDLE on the mail server (Dovecot, Exchange and Gmail offer it)',
          ),
    );
  } finally {
    await withTimeout('IMAP logout', timeoutMs, client.logout(), abandon).catch(() => client.close());
  }
  return results;
}

async function checkFolders(
  client: ImapFlow,
  config: Config,
  timeoutMs: number,
  abandon: () => void,
): Promise<CheckResult> {
  let paths: string[];
  try {
    paths = (await withTimeout('IMAP folder list', timeoutMs, client.list(), abandon)).map((f) => f.path);
  } catch (error) {
    return failed(
      PART,
      'IMAP folders',
      `listing the folders failed: ${describeNetworkError(error, config.IMAP_HOST ?? '')}`,
    );
  }
  if (!paths.includes(config.IMAP_MAILBOX)) {
    const shown = paths.slice(0, 8).join(', ');
    return failed(
      PART,
      'IMAP folders',
      `the folder "${config.IMAP_MAILBOX}" does not exist (the server has: ${shown})`,
      'set IMAP_MAILBOX to the folder the support mail arrives in',
    );
  }
  const filing = [config.IMAP_PROCESSED_FOLDER, config.IMAP_QUARANTINE_FOLDER].map((folder) =>
    paths.includes(folder) ? `${folder} present` : `${folder} absent (the bot creates it at start)`,
  );
  return ok(PART, 'IMAP folders', `${config.IMAP_MAILBOX} present; ${filing.join('; ')}`);
}

function loginFailure(error: unknown, config: Config, where: string): CheckResult {
  const e = error as { authenticationFailed?: boolean; responseText?: string; serverResponseCode?: string };
  if (e.authenticationFailed) {
    const said = e.responseText ? ` (the server said: ${e.responseText})` : '';
    return failed(
      PART,
      'IMAP login',
      `${where} refused the login of ${config.IMAP_USER}${said}`,
      'check IMAP_USER and IMAP_PASSWORD',
    );
  }
  const fix = /certificate/i.test(String((error as Error)?.message))
    ? 'for a certificate from your own CA set NODE_EXTRA_CA_CERTS=/path/to/ca.pem; never turn verification off'
    : 'check IMAP_HOST, IMAP_PORT (993 with IMAP_TLS=true, 143 plaintext) and the firewall';
  return failed(PART, 'IMAP login', describeNetworkError(error, where), fix);
}
