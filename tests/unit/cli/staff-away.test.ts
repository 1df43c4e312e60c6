/** `caseline staff away|back`, `staff list` and the doctor's "staff away now", on the real entry point. */
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliSandbox } from './run-caseline.ts';

const box = cliSandbox('staff-away');
beforeAll(async () => {
  expect((await box.run(['demo', 'seed'])).code).toBe(0);
});
afterAll(() => box.remove());

/** Tomorrow's end in New York, where Mia Chen (first region: the Americas) reads her times. */
const endOfTomorrowInNewYork = () =>
  DateTime.now()
    .setZone('America/New_York')
    .startOf('day')
    .plus({ days: 2 })
    .toUTC()
    .toISO({ suppressMilliseconds: false });

describe('caseline staff away / back', { timeout: 240_000 }, () => {
  it('staff away CLI: --until in words, read in the member’s zone, with a cover; staff list and the doctor show who is away; staff back ends it', async () => {
    const away = await box.run([
      'staff',
      'away',
      '--email',
      'manager@vendor.example',
      '--until',
      'tomorrow',
      '--cover',
      'head@vendor.example',
      '--json',
    ]);
    expect(away).toMatchObject({ code: 0 });
    const absence = JSON.parse(away.stdout) as { from: string; until: string; cover: string };
    expect(absence).toMatchObject({
      email: 'manager@vendor.example',
      until: endOfTomorrowInNewYork(),
      cover: 'head@vendor.example',
    });
    const list = await box.run(['staff', 'list']);
    expect(list.stdout).toMatch(
      /manager@vendor\.example {2}Mia Chen .* — Mia Chen is away until the end of \w{3} \d{1,2} \w{3}; Hana Ito covers\./,
    );
    const json = JSON.parse((await box.run(['staff', 'list', '--json'])).stdout) as Array<{
      email: string;
      away?: object;
    }>;
    expect(json.find((m) => m.email === 'manager@vendor.example')?.away).toEqual({
      from: absence.from,
      until: absence.until,
      cover: 'head@vendor.example',
      awayNow: true,
    });
    expect(json.find((m) => m.email === 'care@vendor.example')?.away).toBeUndefined();
    const doctor = JSON.parse((await box.run(['doctor', '--json'])).stdout) as {
      checks: Array<{ name: string; status: string; detail: string }>;
    };
    expect(doctor.checks.find((c) => c.name === 'staff away now')).toMatchObject({
      status: 'ok',
      detail: expect.stringMatching(
        /^Mia Chen until the end of .* \(cover Hana Ito\); every manager of americas, apac, emea, japan is away: their pages go to the covers, else to the head role$/,
      ),
    });
    const back = await box.run(['staff', 'back', '--email', 'manager@vendor.example']);
    expect(back).toMatchObject({ code: 0, stdout: 'Mia Chen is back: pages reach them again.\n' });
    expect((await box.run(['staff', 'list'])).stdout).not.toContain('away');
  });

  it('staff away CLI: a planned absence in ISO dates with --from; staff back before it cancels it', async () => {
    const away = await box.run([
      'staff',
      'away',
      '--email',
      'care@vendor.example',
      '--from',
      '2099-12-21',
      '--until',
      '2100-01-04',
    ]);
    expect(away).toMatchObject({
      code: 0,
      stdout:
        'Sam Lee will be away from Mon 21 Dec 2099 until the end of Mon 4 Jan 2100; pages go to the others of their role.\n',
    });
    const back = await box.run(['staff', 'back', '--email', 'care@vendor.example']);
    expect(back.stdout).toBe('Sam Lee is no longer planned to be away: pages reach them again.\n');
  });

  it('staff away CLI bad input: unreadable dates, an end before the start or oneself as cover are bad usage (2); an unknown member or cover, or back when not away, fail (1); nothing is recorded', async () => {
    const run = (...args: string[]) => box.run(['staff', 'away', '--email', 'manager@vendor.example', ...args]);
    expect(await run('--until', 'whenever')).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^caseline: --until: "whenever" is not a day or time I can read\n$/),
    });
    expect(await run('--from', '2099-12-10', '--until', '2099-12-01')).toMatchObject({
      code: 2,
      stderr: 'caseline: the end must come after the start\n',
    });
    expect(await run('--until', 'Friday', '--cover', 'manager@vendor.example')).toMatchObject({
      code: 2,
      stderr: 'caseline: nobody can cover for themselves\n',
    });
    expect(await run('--until', 'Friday', '--cover', 'ana@acme.example')).toMatchObject({
      code: 1,
      stderr: 'caseline: the cover ana@acme.example is not staff\n',
    });
    const stranger = await box.run(['staff', 'away', '--email', 'x@vendor.example', '--until', 'Friday']);
    expect(stranger).toMatchObject({ code: 1, stderr: 'caseline: x@vendor.example is not staff\n' });
    expect(await box.run(['staff', 'back', '--email', 'manager@vendor.example'])).toMatchObject({
      code: 1,
      stderr: 'caseline: Mia Chen is not away and has no absence planned\n',
    });
    const audit = JSON.parse((await box.run(['audit', 'tail', '-n', '50', '--json'])).stdout) as Array<{
      action: string;
    }>;
    expect(audit.filter((a) => a.action === 'staff.away')).toHaveLength(2);
  });

  it('staff away CLI: a cover who is away during the period is refused with when they are away', async () => {
    expect(
      (
        await box.run([
          'staff',
          'away',
          '--email',
          'head@vendor.example',
          '--from',
          '2099-03-02',
          '--until',
          '2099-03-06',
        ])
      ).code,
    ).toBe(0);
    const clash = await box.run([
      'staff',
      'away',
      '--email',
      'manager@vendor.example',
      '--from',
      '2099-03-05',
      '--until',
      '2099-03-12',
      '--cover',
      'head@vendor.example',
    ]);
    expect(clash).toMatchObject({
      code: 2,
      stderr:
        'caseline: Hana Ito is away too (from Mon 2 Mar 2099 until the end of Fri 6 Mar 2099): name another cover\n',
    });
  });

  it('staff away CLI (red team round 12): a cover who could not act on the pages they would get (Licensing for an analyst, an analyst for a manager) is refused, saying why; nothing is recorded', async () => {
    const run = (email: string, cover: string) =>
      box.run(['staff', 'away', '--email', email, '--from', '2099-05-04', '--until', '2099-05-08', '--cover', cover]);
    expect(await run('care@vendor.example', 'licensing@vendor.example')).toMatchObject({
      code: 2,
      stderr:
        "caseline: Lou Park (licensing) cannot cover for Sam Lee: an analyst's pages ask to take, answer and acknowledge the case, which needs the analyst or manager role — name another cover\n",
    });
    expect((await run('manager@vendor.example', 'care@vendor.example')).stderr).toMatch(
      /^caseline: Sam Lee \(analyst\) cannot cover for Mia Chen: .*needs the manager or head role/,
    );
    const list = JSON.parse((await box.run(['staff', 'list', '--json'])).stdout) as Array<{
      email: string;
      away?: object;
    }>;
    expect(list.find((m) => m.email === 'care@vendor.example')?.away).toBeUndefined();
    // One who can act is taken: a manager covers for an analyst.
    expect((await run('care@vendor.example', 'manager@vendor.example')).code).toBe(0);
    expect((await box.run(['staff', 'back', '--email', 'care@vendor.example'])).code).toBe(0);
  });
});
