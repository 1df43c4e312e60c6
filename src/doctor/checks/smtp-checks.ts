/**
 * The SMTP server as the outbox will use it: greeting and EHLO, encryption (STARTTLS, or implicit TLS
 * with SMTP_SECURITY=tls, certificates always verified), and the login. No mail is sent.
 */
import SMTPConnection from 'nodemailer/lib/smtp-connection';
import type { Config } from '../../config.ts';
import { type CheckResult, failed, ok, skipped } from '../check.ts';
import { describeNetworkError, StepTimeout, withTimeout } from '../with-timeout.ts';

const PART = 'mailbox';
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;

export async function checkSmtp(config: Config, timeoutMs: number): Promise<CheckResult[]> {
  const host = config.SMTP_HOST ?? '';
  const where = `${host}:${config.SMTP_PORT}`;
  const security = config.SMTP_SECURITY;
  const tlsName = security === 'tls' ? 'SMTP TLS' : 'SMTP STARTTLS';
  const connection = new SMTPConnection({
    host,
    port: config.SMTP_PORT,
    secure: security === 'tls',
    requireTLS: security === 'starttls',
    ignoreTLS: security === 'none',
    // Our own deadline (withTimeout) answers first and names the step; these only close the socket.
    connectionTimeout: timeoutMs + 1_000,
    greetingTimeout: timeoutMs + 1_000,
    socketTimeout: timeoutMs + 1_000,
  });
  const abandon = () => connection.close();
  const connected = new Promise<void>((resolve, reject) => {
    connection.once('error', reject);
    connection.connect(() => resolve());
  });
  connection.on('error', () => undefined);
  try {
    await withTimeout('SMTP EHLO', timeoutMs, connected, abandon);
  } catch (error) {
    abandon();
    return connectFailure(error, where, tlsName, security);
  }
  const results = [ok(PART, 'SMTP EHLO', `${where} greeted and answered EHLO`), encryption(tlsName, security, host)];
  try {
    results.push(await login(connection, config, timeoutMs, abandon, where));
  } finally {
    connection.quit();
  }
  return results;
}

function encryption(name: string, security: Config['SMTP_SECURITY'], host: string): CheckResult {
  if (security === 'tls') return ok(PART, name, 'implicit TLS, certificate verified');
  if (security === 'starttls') return ok(PART, name, 'offered and used, certificate verified');
  return LOOPBACK.test(host)
    ? ok(PART, name, 'not used (SMTP_SECURITY=none), acceptable for a server on this machine only')
    : failed(
        PART,
        name,
        `not used (SMTP_SECURITY=none): mail to ${host} would cross the network in plaintext`,
        'set SMTP_SECURITY=starttls (or tls for port 465)',
      );
}

async function login(
  connection: SMTPConnection,
  config: Config,
  timeoutMs: number,
  abandon: () => void,
  where: string,
): Promise<CheckResult> {
  if (!config.SMTP_USER || !config.SMTP_PASSWORD) {
    return skipped(
      PART,
      'SMTP login',
      'no SMTP_USER/SMTP_PASSWORD: the server must accept mail from this host without a login',
    );
  }
  const attempt = new Promise<void>((resolve, reject) =>
    connection.login({ user: config.SMTP_USER ?? '', pass: config.SMTP_PASSWORD ?? '' }, (error) =>
      error ? reject(error) : resolve(),
    ),
  );
  try {
    await withTimeout('SMTP login', timeoutMs, attempt, abandon);
    return ok(PART, 'SMTP login', `${config.SMTP_USER} accepted`);
  } catch (error) {
    if (error instanceof StepTimeout) return failed(PART, 'SMTP login', describeNetworkError(error, where));
    const said = (error as { response?: string }).response ?? (error as Error).message;
    return failed(
      PART,
      'SMTP login',
      `${where} refused the login of ${config.SMTP_USER} (${said})`,
      'check SMTP_USER and SMTP_PASSWORD',
    );
  }
}

/** The connection failed before it was usable: at the greeting/EHLO, or while encrypting it. */
function connectFailure(
  error: unknown,
  where: string,
  tlsName: string,
  security: Config['SMTP_SECURITY'],
): CheckResult[] {
  const e = error as { code?: string; message?: string };
  const message = e.message ?? String(error);
  const certificate = /certificate|self[- ]signed|CERT_|unable to verify/i.test(message);
  const caHint = 'for a certificate from your own CA set NODE_EXTRA_CA_CERTS=/path/to/ca.pem';
  const notLoggedIn = skipped(PART, 'SMTP login', 'not checked (no connection)');
  // STARTTLS comes after EHLO: a refusal or a bad certificate there means the greeting went well.
  if (security === 'starttls' && (e.code === 'ETLS' || certificate)) {
    const refused = /upgrading connection with STARTTLS/i.test(message);
    return [
      ok(PART, 'SMTP EHLO', `${where} greeted and answered EHLO`),
      refused
        ? failed(
            PART,
            tlsName,
            `${where} does not offer STARTTLS (${message.replace(/^.*STARTTLS: /, '')})`,
            "use the server's submission port with STARTTLS (587), or SMTP_SECURITY=tls for port 465",
          )
        : failed(PART, tlsName, `STARTTLS failed: ${message}`, certificate ? caHint : undefined),
      notLoggedIn,
    ];
  }
  // Implicit TLS comes first: a bad certificate means no greeting was read.
  if (security === 'tls' && certificate) {
    return [
      skipped(PART, 'SMTP EHLO', 'not reached (TLS failed)'),
      failed(PART, tlsName, `TLS certificate refused: ${message}`, caHint),
      notLoggedIn,
    ];
  }
  return [
    failed(
      PART,
      'SMTP EHLO',
      describeNetworkError(error, where),
      'check SMTP_HOST, SMTP_PORT and SMTP_SECURITY (587 starttls, 465 tls) and the firewall',
    ),
    skipped(PART, tlsName, 'not checked (no connection)'),
    notLoggedIn,
  ];
}
