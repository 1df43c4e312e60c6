/**
 * Parses thousands of varied license files and prints files/s (target ≥ 5,000 files/s).
 * The variations are generated in memory from the fixtures: host ids, dates, counts, feature sets,
 * line ends and continuations change from file to file so no two inputs are the same.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseLicenseFile } from '../src/domain/license-file/index.ts';

const TARGET_FILES_PER_SECOND = 5_000;
const FILES = 2_000;
const ROUNDS = 5;
const FIXTURES = new URL('../tests/fixtures/license-files/', import.meta.url);
const FEATURES = [
  'DESKTOP_AGENT',
  'SIP_SERVER',
  'CCPULSE',
  'ROUTING',
  'STAT_SERVER',
  'OUTBOUND_CONTACT',
  'TSERVER_SIP',
];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const HOST_IDS = ['ANY', 'DEMO', 'DISK_SERIAL_NUM=1A2B3C4D', 'ID=1234-5678-90', 'ETHER=00:50:56:9A:1B:2C'];

function hex(seed: number, length: number): string {
  return (seed * 2_654_435_761).toString(16).padStart(length, '0').slice(-length);
}

/** A generated file: 1 or 3 servers, 2-20 features with mixed expiry forms, options and continuations. */
function generated(seed: number): string {
  const lines = ['# generated for the benchmark'];
  const servers = seed % 4 === 0 ? 3 : 1;
  for (let s = 0; s < servers; s++) lines.push(`SERVER lic-${seed}-${s} ${hex(seed + s, 12)} 7260`);
  lines.push('VENDOR genesys.d /opt/mlink/license/genesys.d', 'USE_SERVER');
  const featureCount = 2 + (seed % 19);
  for (let f = 0; f < featureCount; f++) {
    const keyword = f % 3 === 2 ? 'INCREMENT' : 'FEATURE';
    const name = FEATURES[(seed + f) % FEATURES.length];
    const expiry =
      (seed + f) % 3 === 0 ? `${1 + ((seed + f) % 28)}-${MONTHS[(seed + f) % 12]}-${2024 + (f % 5)}` : '01-jan-00';
    const count = (seed + f) % 5 === 0 ? 'uncounted' : String(1 + ((seed * f) % 500));
    const host = count === 'uncounted' ? ` HOSTID=${HOST_IDS[(seed + f) % HOST_IDS.length]}` : '';
    lines.push(
      `${keyword} ${name} genesys.d 8.${f % 10} ${expiry} ${count}${host} \\`,
      `\tVENDOR_STRING="Site ${seed} feature ${f}" ISSUER=Genesys ISSUED=1-jan-2024 \\`,
      `\tSIGN="${hex(seed * 31 + f, 12)} ${hex(seed + f * 7, 12)}" ck=${(seed + f) % 256}`,
    );
  }
  return lines.join(seed % 2 === 0 ? '\r\n' : '\n');
}

const fixtures = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.lic'))
  .map((name) => readFileSync(new URL(name, FIXTURES)).toString('utf8'));
// Every seventh file is a fixture with a varied comment, so malformed and binary inputs are in the mix too.
const inputs = Array.from({ length: FILES }, (_, index) =>
  index % 7 === 0 ? `# copy ${index}\n${fixtures[index % fixtures.length]}` : generated(index),
);

let features = 0;
for (const text of inputs) features += parseLicenseFile(text).features.length; // warm-up

const rates: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  const started = performance.now();
  for (const text of inputs) parseLicenseFile(text);
  rates.push(inputs.length / ((performance.now() - started) / 1000));
}
rates.sort((a, b) => a - b);
const median = rates[Math.floor(rates.length / 2)] ?? 0;
const bytes = inputs.reduce((sum, text) => sum + text.length, 0);
console.log(
  `license-files: ${inputs.length} files (${(bytes / 1024).toFixed(0)} KiB, ${features} features) × ${ROUNDS} rounds: ` +
    `median ${Math.round(median).toLocaleString('en-US')} files/s (target ≥ ${TARGET_FILES_PER_SECOND.toLocaleString('en-US')})`,
);
if (median < TARGET_FILES_PER_SECOND) process.exitCode = 1;
