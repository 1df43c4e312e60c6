/**
 * Command output pasted into a request (seed 002 "Determining Host IDs": partners run a command on the
 * server and paste what it prints), rewritten into the lines a reader of the mail would take from it:
 * | pasted                                                      | read as                             |
 * |-------------------------------------------------------------|-------------------------------------|
 * | `C:\>hostname` / `$ hostname -f` / `# uname -n`, then `lic01` | `Host name: lic01`                  |
 * | `getmac`: `Physical Address  Transport Name`, `=== ===`,      | the MAC alone on its line (the      |
 * | `00-0C-29-8B-14-A2   \Device\Tcpip_{6F1B…}`                  | adapter's GUID is not a host id)    |
 * | a license file's `SERVER lic01 005056a1c3f2 27000` line       | `License server: lic01, host id …, port 27000` |
 * Everything else is left as written.
 */
import type { SourceLine } from './message-sections.ts';

/** A shell prompt (`C:\>`, `C:\Users\x>`, `PS C:\>`, `$`, `#`, `[root@lic01 ~]#`, `user@host:~$`) before a command. */
const PROMPT = String.raw`(?:PS\s+)?(?:[A-Za-z]:\\[^>]*>|\[[^\]]*\][#$]|[\w.-]+@[\w.-]+:[^$#]*[$#]|[$#>%])\s*`;
const HOSTNAME_COMMAND = new RegExp(String.raw`^\s*${PROMPT}(?:hostname(?:\s+-[fsA-Za-z]+)?|uname\s+-n)\s*$`, 'i');
const ONE_NAME = /^\s*([A-Za-z][\w.-]*[A-Za-z0-9])\s*$/;
const GETMAC_HEADER = /^\s*Physical\s+Address\s{2,}Transport\s+Name\s*$/i;
const RULE = /^\s*=+(?:\s+=+)*\s*$/;
const GETMAC_ROW =
  /^\s*([0-9A-Fa-f]{2}(?:-[0-9A-Fa-f]{2}){5})\s{2,}(?:\\Device\\\S+|Media\s+disconnected|Disabled|N\/A)\s*$/i;

/** FlexLM's license file line: `SERVER <host name> <host id> [<port>]`. */
const SERVER_LINE = /^\s*SERVER\s+([A-Za-z][\w.-]*)\s+(\S+)(?:\s+(\d{2,5}))?\s*$/;

export function rewriteCommandOutput(lines: SourceLine[]): SourceLine[] {
  if (!lines.some((l) => HOSTNAME_COMMAND.test(l.text) || GETMAC_HEADER.test(l.text) || SERVER_LINE.test(l.text)))
    return lines;
  const out: SourceLine[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    const next = lines[i + 1];
    const name = next && HOSTNAME_COMMAND.test(line.text) ? ONE_NAME.exec(next.text) : null;
    if (name) {
      out.push({ ...line, text: `Host name: ${name[1]}` });
      i += 1;
      continue;
    }
    if (GETMAC_HEADER.test(line.text)) {
      if (next && RULE.test(next.text)) i += 1;
      continue;
    }
    const server = SERVER_LINE.exec(line.text);
    if (server) {
      const port = server[3] ? `, port ${server[3]}` : '';
      out.push({ ...line, text: `License server: ${server[1]}, host id ${server[2]}${port}` });
      continue;
    }
    const row = GETMAC_ROW.exec(line.text);
    out.push(row ? { ...line, text: row[1]! } : line);
  }
  return out;
}
