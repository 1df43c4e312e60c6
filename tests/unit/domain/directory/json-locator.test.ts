import { describe, expect, it } from 'vitest';
import { formatJsonPath, lineOfPath, scanJsonLines } from '../../../../src/domain/directory/json-locator.ts';

const text = `{
  "contacts": [
    { "email": "a@x.example",
      "pin": "12" },
    {
      "email": "b@x.example",
      "access": [
        { "soldTo": "s", "endUser": "e" }
      ]
    }
  ]
}`;

describe('JSON line locator (import errors name file and line)', () => {
  it('records the line each array element and field starts on', () => {
    const scan = scanJsonLines(text);
    if (!scan.ok) throw new Error(scan.message);
    expect(lineOfPath(scan.lines, ['contacts', 0])).toBe(3);
    expect(lineOfPath(scan.lines, ['contacts', 0, 'pin'])).toBe(4);
    expect(lineOfPath(scan.lines, ['contacts', 1])).toBe(5);
    expect(lineOfPath(scan.lines, ['contacts', 1, 'access', 0, 'endUser'])).toBe(8);
  });

  it('a missing field is placed at its object', () => {
    const scan = scanJsonLines(text);
    if (!scan.ok) throw new Error(scan.message);
    expect(lineOfPath(scan.lines, ['contacts', 1, 'name'])).toBe(5);
  });

  it('formats paths as the import form writes them', () => {
    expect(formatJsonPath(['contacts', 2, 'access', 0, 'level'])).toBe('contacts[2].access[0].level');
  });

  it('reports the line of a syntax error without quoting the input (it may hold a PIN)', () => {
    const scan = scanJsonLines('{\n  "contacts": [\n    { "pin": "482913" "name": "x" }\n  ]\n}');
    expect(scan.ok).toBe(false);
    if (scan.ok) return;
    expect(scan.line).toBe(3);
    expect(scan.message).not.toContain('482913');
  });

  it('rejects what JSON.parse rejects: trailing commas, single quotes, bad escapes, trailing text', () => {
    for (const bad of ['{"a": [1,]}', "{'a': 1}", '{"a": "\\x"}', '{} x', '{"a": 01}', '']) {
      expect(scanJsonLines(bad).ok, bad).toBe(false);
    }
    expect(scanJsonLines('\uFEFF{"a": [1, 2.5e3, -0, true, null, "\\u00e9"]}').ok).toBe(true);
  });
});
