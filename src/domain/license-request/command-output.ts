/**
 * Command output pasted into a request (seed 002 "Determining Host IDs": partners run a command on the
 * server and paste what it prints), rewritten into the lines a reader of the mail would take from it:
 * | pasted                                                      | read as                             |
 * |-------------------------------------------------------------|-------------------------------------|
 * | `C:\>hostname` / `$ hostname -f` / `# uname -n`, then `lic01` | `Host name: lic01`                  |
 * | `PS C:\> $env:COMPUTERNAME`, `echo %COMPUTERNAME%`, then `LIC01` | `Host name: LIC01`                |
 * | `getmac`: `Physical Address  Transport Name`, `=== ===`,      | the MAC alone on its line (the      |
 * | `00-0C-29-8B-14-A2   \Device\Tcpip_{6F1B…}`                  | adapter's GUID is not a host id)    |
 * | a license file's `SERVER lic01 005056a1c3f2 27000` line       | `License server: lic01, host id …, port 27000` |
 * | `$ hostid` then `0x7f3a0c21`                                   | `Host ID: 7f3a0c21`                  |
 * | `$ uname -a` then `AIX lic01 2 7 00F84C2A4C00`                 | `Host name: lic01`, `OS: AIX 7.2` (the machine id is no host id) |
 * | `$ uname -a` then `SunOS lic01 5.11 11.4.62.151.3 sun4v …`     | `Host name: lic01`, `OS: Solaris 11.4` |
 * | `$ uname -sr` then `SunOS 5.11`                                  | `OS: SunOS 5.11` (as written)        |
 * | `$ oslevel` then `7.2.0.0`; `cat /etc/redhat-release` then its line | `OS: AIX 7.2`; `OS: <the line>`  |
 * | `ipconfig /all`: `Host Name . . . : X`, `Physical Address. . . : Y` | `Host name: X`, `Physical address: Y`; its other lines (`Description . . .`) dropped |
 * | `ver`: `Microsoft Windows [Version 10.0.20348.2340]` (a server build) | `OS: Windows Server 2022` (round 9) |
 * | `nslookup`: `….in-addr.arpa name = lic01.x.example.`, or `Name: lic01…` | `Host name: lic01.x.example`; the DNS server's own `Server:`/`Address:` lines dropped (round 9) |
 * | `lmhostid -hostname`: `… host ID of this machine is "HOSTNAME=lic01"` | `Host name: lic01` (an Engage server is licensed by its MAC; `HOSTNAME=` names it) |
 * | Linux `ifconfig`/`ip link`: `ether 00:50:…  txqueuelen 1000  (Ethernet)`, `link/ether 00:50:… brd ff:…`, `eth0  Link encap:Ethernet  HWaddr 00:0C:…` | `MAC address: 00:50:…` (round 18; the first adapter's) |
 * Everything else is left as written.
 */
import type { SourceLine } from './message-sections.ts';
import { WINDOWS_SERVER_BUILDS } from './os-names.ts';

/** A shell prompt (`C:\>`, `C:\Users\x>`, `PS C:\>`, `$`, `#`, `[root@lic01 ~]#`, `user@host:~$`) before a command. */
const PROMPT = String.raw`(?:PS\s+)?(?:[A-Za-z]:\\[^>]*>|\[[^\]]*\][#$]|[\w.-]+@[\w.-]+:[^$#]*[$#]|[$#>%])\s*`;
const HOSTNAME_COMMAND = new RegExp(
  String.raw`^\s*${PROMPT}(?:hostname(?:\s+-[fsA-Za-z]+)?|uname\s+-n|\$env:COMPUTERNAME|echo\s+%COMPUTERNAME%|\[System\.Net\.Dns\]::GetHostName\(\))\s*$`,
  'i',
);
const ONE_NAME = /^\s*([A-Za-z][\w.-]*[A-Za-z0-9])\s*$/;
// `getmac /v` puts the adapter's connection name (`Ethernet0`) and model before the MAC: neither names the server.
const GETMAC_HEADER = /^\s*(?:Connection\s+Name\s+Network\s+Adapter\s+)?Physical\s+Address\s{2,}Transport\s+Name\s*$/i;
const RULE = /^\s*=+(?:\s+=+)*\s*$/;
const GETMAC_ROW =
  /^\s*(?:\S.*?\s)?([0-9A-Fa-f]{2}(?:-[0-9A-Fa-f]{2}){5})\s{2,}(?:\\Device\\\S+|Media\s+disconnected|Disabled|N\/A)\s*$/i;

const HOSTID_COMMAND = new RegExp(String.raw`^\s*${PROMPT}(?:\S*/)?(?:hostid|lmhostid(?:\s+-\w+)?)\s*$`, 'i');
const HEX_ID = /^\s*(?:0x)?([0-9A-Fa-f]{8})\s*$/;
const UNAME_COMMAND = new RegExp(String.raw`^\s*${PROMPT}uname\s+-a\s*$`, 'i');
/** `uname -sr`, `uname -s -r`: the kernel's name and release only — on Solaris that names the OS (`SunOS 5.11`). */
const UNAME_SR_COMMAND = new RegExp(String.raw`^\s*${PROMPT}uname\s+(?:-[srv]+\s*)+$`, 'i');
const SUNOS_RELEASE = /^\s*(SunOS\s+5\.\d+)\s*$/;
const AIX_UNAME = /^\s*AIX\s+([A-Za-z][\w.-]*)\s+(\d)\s+(\d)\s+[0-9A-F]{12}\s*$/;
const LINUX_UNAME = /^\s*Linux\s+([A-Za-z][\w.-]*)\s+\d/;
/** `SunOS lic01 5.11 11.4.62.151.3 sun4v sparc`: Solaris 11.4 (5.11 is the kernel; the release follows it). */
const SUNOS_UNAME = /^\s*SunOS\s+([A-Za-z][\w.-]*)\s+5\.(\d+)\s+(?:(\d+\.\d+)[\w.]*\s+)?/;
const OSLEVEL_COMMAND = new RegExp(String.raw`^\s*${PROMPT}oslevel(?:\s+-\w+)?\s*$`, 'i');
const OSLEVEL = /^\s*(\d)\.(\d)[.\d-]*\s*$/;
const RELEASE_COMMAND = new RegExp(String.raw`^\s*${PROMPT}cat\s+/etc/[\w-]*release\s*$`, 'i');
/** `ipconfig /all`: `   Physical Address. . . . . . . . . : 00-50-…` (a label, dotted leaders, a value). */
const DOTTED = /^\s*(\p{L}[\p{L}\d _()'’-]*?)\s*\.?(?:\s\.){2,}\s*:\s*(.*)$/u;
/** The two lines kept, as Windows prints them in English, French, Spanish, Portuguese and German (round 17). */
const IPCONFIG_KEPT: Record<string, string> = {
  'host name': 'Host name',
  "nom de l'hôte": 'Host name',
  'nombre de host': 'Host name',
  'nome do host': 'Host name',
  'physical address': 'Physical address',
  'adresse physique': 'Physical address',
  'dirección física': 'Physical address',
  'endereço físico': 'Physical address',
  'physische adresse': 'Physical address',
};

/**
 * `Backup (ipconfig /all on LHS-CIC-B):`, `CIC-B (standby)`: a line naming which machine the output below is from
 * (not `Ethernet adapter Backup:`, one more adapter of the same machine).
 */
// "Serveur de Lyon : PLF-LYS-LIC, Windows Server 2019" above its output: a server named for it (round 17).
const MACHINE_ROLE =
  /\b(?:primary|backup|secondary|standby|switchover|failover|second|main|active|passive|node\s*[ab12]|server\s*[ab12]|serveur|servidor|server\s+(?:in|at|for|of)\b)/i;

/** The line a command's output starts a prompt's command line with, rewritten as a reader takes it. */
function commandOutput(command: string, output: string): string[] | undefined {
  if (HOSTID_COMMAND.test(command)) {
    const id = HEX_ID.exec(output);
    return id ? [`Host ID: ${id[1]}`] : undefined;
  }
  if (UNAME_COMMAND.test(command)) {
    const aix = AIX_UNAME.exec(output);
    if (aix) return [`Host name: ${aix[1]}`, `OS: AIX ${aix[3]}.${aix[2]}`];
    const sunos = SUNOS_UNAME.exec(output);
    if (sunos) return [`Host name: ${sunos[1]}`, `OS: Solaris ${sunos[3] ?? sunos[2]}`];
    const linux = LINUX_UNAME.exec(output);
    return linux ? [`Host name: ${linux[1]}`] : undefined;
  }
  if (UNAME_SR_COMMAND.test(command)) {
    const release = SUNOS_RELEASE.exec(output);
    return release ? [`OS: ${release[1]}`] : undefined;
  }
  if (OSLEVEL_COMMAND.test(command)) {
    const level = OSLEVEL.exec(output);
    return level ? [`OS: AIX ${level[1]}.${level[2]}`] : undefined;
  }
  if (RELEASE_COMMAND.test(command)) return /\d/.test(output) ? [`OS: ${output.trim()}`] : undefined;
  return undefined;
}

const isCommand = (text: string) =>
  [HOSTID_COMMAND, UNAME_COMMAND, UNAME_SR_COMMAND, OSLEVEL_COMMAND, RELEASE_COMMAND].some((c) => c.test(text));

/** `ver` prints the kernel build; a Windows Server build names its release (a client build names no server OS). */
const VER_OUTPUT = /^\s*Microsoft\s+Windows\s+\[Version\s+10\.0\.(\d{5})[\d.]*\]\s*$/i;
/** `nslookup 10.12.4.20` answers `20.4.12.10.in-addr.arpa  name = lic01.x.example.` (the trailing dot is DNS's root). */
const PTR_ANSWER = /^\s*\S+\.in-addr\.arpa\s+name\s*=\s*([A-Za-z][\w.-]*[A-Za-z0-9])\.?\s*$/i;
const NSLOOKUP_COMMAND = new RegExp(String.raw`^\s*(?:${PROMPT})?nslookup\s+\S+\s*$`, 'i');
const NSLOOKUP_NAME = /^\s*Name:\s+([A-Za-z][\w.-]*[A-Za-z0-9])\.?\s*$/i;
/** What nslookup prints of the DNS server it asked, and of its own answer's kind: not the license server. */
const NSLOOKUP_NOISE = /^\s*(?:Server|Address(?:es)?):\s+\S+\s*$|^\s*Non-authoritative\s+answer:\s*$/i;

/** `nslookup` and what it printed, rewritten: the name it answers is the host's; the DNS server's lines go. */
function rewriteNslookup(lines: SourceLine[], from: number, out: SourceLine[]): number {
  let i = from + 1;
  for (; i < lines.length; i += 1) {
    const text = lines[i]!.text;
    const name = NSLOOKUP_NAME.exec(text) ?? PTR_ANSWER.exec(text);
    if (name) out.push({ ...lines[i]!, text: `Host name: ${name[1]}` });
    else if (!NSLOOKUP_NOISE.test(text) && text.trim() !== '') break;
  }
  return i - 1;
}

/** `lmhostid -hostname` prints the name as a typed host id; written anywhere, `HOSTNAME=lic01` names the server. */
const TYPED_HOST_NAME = /"*\bHOSTNAME=([A-Za-z][\w.-]*[A-Za-z0-9])"*/i;
const FLEXNET_SAYS = /^\s*The\s+FlexNet\s+host\s+ID\s+of\s+this\s+machine\s+is\s*"*HOSTNAME=[^"\s]+"*\s*$/i;
const NAME_CUE_BEFORE = /\b(?:host\s*-?name|server(?:\s+name)?|name)\b[^:=\w]*(?:[:=]|\bis\b)?[^\w]*$/i;

function withTypedHostName(line: SourceLine): SourceLine {
  const typed = TYPED_HOST_NAME.exec(line.text);
  if (!typed) return line;
  if (FLEXNET_SAYS.test(line.text)) return { ...line, text: `Host name: ${typed[1]}` };
  const cued = NAME_CUE_BEFORE.test(line.text.slice(0, typed.index));
  const text = line.text.replace(typed[0], cued ? typed[1]! : `host name ${typed[1]}`);
  return { ...line, text };
}

/** FlexLM's license file line: `SERVER <host name> <host id> [<port>]`. */
const SERVER_LINE = /^\s*SERVER\s+([A-Za-z][\w.-]*)\s+(\S+)(?:\s+(\d{2,5}))?\s*$/;

const LINUX_MAC =
  /^\s*(?:\S+\s+Link\s+encap:\S+\s+HWaddr|(?:link\/)?ether)\s+([0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){5})(?:\s+(?:brd|txqueuelen)\b.*)?\s*$/i;

const LOOPBACK = /^\s*(?:lo\s+\S+\s+00(?::00){5}\s+<LOOPBACK\b.*|link\/loopback\s+00(?::00){5}\b.*)$/i;

export function rewriteCommandOutput(lines: SourceLine[]): SourceLine[] {
  const pasted = (l: SourceLine) =>
    HOSTNAME_COMMAND.test(l.text) ||
    GETMAC_HEADER.test(l.text) ||
    SERVER_LINE.test(l.text) ||
    isCommand(l.text) ||
    DOTTED.test(l.text) ||
    VER_OUTPUT.test(l.text) ||
    PTR_ANSWER.test(l.text) ||
    NSLOOKUP_COMMAND.test(l.text) ||
    TYPED_HOST_NAME.test(l.text) ||
    LINUX_MAC.test(l.text) ||
    LOOPBACK.test(l.text);
  if (!lines.some(pasted)) return lines;
  lines = lines.map(withTypedHostName);
  let osSaid = false;
  const out: SourceLine[] = [];
  let machineFrom = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    const next = lines[i + 1];
    const name = next && HOSTNAME_COMMAND.test(line.text) ? ONE_NAME.exec(next.text) : null;
    if (name) {
      out.push({ ...line, text: `Host name: ${name[1]}` });
      i += 1;
      continue;
    }
    if (NSLOOKUP_COMMAND.test(line.text)) {
      i = rewriteNslookup(lines, i, out);
      continue;
    }
    const ptr = PTR_ANSWER.exec(line.text);
    const build = VER_OUTPUT.exec(line.text)?.[1];
    const release = build ? WINDOWS_SERVER_BUILDS[build] : undefined;
    if (ptr || release) {
      out.push({ ...line, text: ptr ? `Host name: ${ptr[1]}` : `OS: Windows Server ${release}` });
      continue;
    }
    if (GETMAC_HEADER.test(line.text)) {
      if (next && RULE.test(next.text)) i += 1;
      continue;
    }
    const said = next && isCommand(line.text) ? commandOutput(line.text, next.text) : undefined;
    if (said) {
      // `uname -a` and `oslevel` both say the OS: once is enough.
      const kept = said.filter((t) => !(t.startsWith('OS:') && osSaid));
      osSaid ||= said.some((t) => t.startsWith('OS:'));
      out.push(...kept.map((text) => ({ ...line, text })));
      i += 1;
      continue;
    }
    // Cheap first: dotted leaders (` . . `) before the label pattern runs on the line.
    const dotted = /\s\.\s\./.test(line.text) ? DOTTED.exec(line.text) : null;
    if (dotted) {
      const label = IPCONFIG_KEPT[dotted[1]!.trim().toLowerCase()];
      // Several adapters: the first one's MAC (the machine's main one); the others are not more servers.
      // A machine's output starts again at its own `Host Name` line or under a line naming its role (round 15).
      if (label === 'Host name') machineFrom = out.length;
      const again =
        label === 'Physical address' && out.slice(machineFrom).some((l) => l.text.startsWith('Physical address:'));
      if (label && dotted[2]!.trim() && !again) out.push({ ...line, text: `${label}: ${dotted[2]!.trim()}` });
      continue;
    }
    // `ip link`'s loopback (`lo  UNKNOWN  00:00:00:00:00:00 <LOOPBACK,…>`, `link/loopback 00:00:…`) is no adapter.
    if (LOOPBACK.test(line.text)) continue;
    const mac = LINUX_MAC.exec(line.text);
    if (mac) {
      const again = out.slice(machineFrom).some((l) => l.text.startsWith('MAC address:'));
      if (!again) out.push({ ...line, text: `MAC address: ${mac[1]}` });
      continue;
    }
    const server = SERVER_LINE.exec(line.text);
    if (server) {
      const port = server[3] ? `, port ${server[3]}` : '';
      out.push({ ...line, text: `License server: ${server[1]}, host id ${server[2]}${port}` });
      continue;
    }
    const row = GETMAC_ROW.exec(line.text);
    if (!row && MACHINE_ROLE.test(line.text) && !/\b(?:adapter|carte|adaptador|adaptateur)\b/i.test(line.text))
      machineFrom = out.length;
    out.push(row ? { ...line, text: row[1]! } : line);
  }
  return out;
}
