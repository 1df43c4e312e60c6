import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseVerifyButtonValue, renderMessage } from '../../../../src/channels/slack/blocks/message.ts';
import { readModalMetadata, verifyModal } from '../../../../src/channels/slack/blocks/verify-modal.ts';
import { toMrkdwn } from '../../../../src/channels/slack/mrkdwn.ts';
import { escapeSlackText, slackSafe, truncateSlackText } from '../../../../src/domain/slack-text.ts';
import { loadTemplates } from '../../../../src/store/templates.ts';

describe('Slack text (issue 19 §7): escaping and truncation', () => {
  it('escapes exactly &, < and > — nothing else', () => {
    expect(escapeSlackText('a & b < c > d "e" \'f\' *g* @here')).toBe('a &amp; b &lt; c &gt; d "e" \'f\' *g* @here');
  });

  it('property: escaped text never contains a < or > of its own, so no mention, broadcast or link can form', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const escaped = escapeSlackText(s);
        expect(escaped).not.toMatch(/[<>]/);
        expect(escaped.replace(/&(amp|lt|gt);/g, '')).not.toContain('&');
      }),
    );
  });

  it('truncation never cuts an escape or a surrogate pair, and marks the cut', () => {
    expect(truncateSlackText('abc &amp; def', 7)).toBe('abc …');
    expect(truncateSlackText('ab😀cd', 4)).toBe('ab…');
    expect(truncateSlackText('short', 10)).toBe('short');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.integer({ min: 1, max: 50 }), (s, max) => {
        const out = truncateSlackText(escapeSlackText(s), max);
        expect(out.length).toBeLessThanOrEqual(max);
        expect(out).not.toMatch(/&[a-z]{0,3}…$/);
        expect(out).not.toMatch(/[\ud800-\udbff]…?$/);
      }),
    );
  });
});

describe('templates as Slack mrkdwn (issue 19 §8)', () => {
  it('case references bold, list items as bullets, web addresses as links, all after escaping', () => {
    expect(toMrkdwn('Case 01000001 is open.\n- first\n* second\nSee https://support.example/cases?id=1&x=2.')).toBe(
      '*Case 01000001* is open.\n• first\n• second\nSee <https://support.example/cases?id=1&amp;x=2>.',
    );
  });

  it('text the engine escaped already (its Slack-bound values) is not escaped twice; plain text is escaped', () => {
    expect(toMrkdwn('You wrote: &lt;!channel&gt; &amp; more')).toBe('You wrote: &lt;!channel&gt; &amp; more');
    expect(toMrkdwn('You wrote: <!channel> & more')).toBe('You wrote: &lt;!channel&gt; &amp; more');
    expect(renderMessage('a &lt;b&gt; c', []).text).toBe('a &lt;b&gt; c');
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(slackSafe(slackSafe(s))).toBe(slackSafe(s));
        expect(slackSafe(escapeSlackText(s))).toBe(escapeSlackText(s));
        expect(slackSafe(s)).not.toMatch(/[<>]/);
      }),
    );
  });

  it('customer text cannot inject markup through the link rule', () => {
    const hostile = toMrkdwn('https://evil.example|Click here <!channel> <@U1>');
    expect(hostile).toBe('<https://evil.example>|Click here &lt;!channel&gt; &lt;@U1&gt;');
  });

  it('every reply template renders to mrkdwn with no raw < > & of its own and no leftover placeholder', () => {
    const templates = loadTemplates();
    for (const name of templates.names()) {
      const raw = templates.render(name, new Proxy({}, { get: () => 'VALUE <x> & y' }) as Record<string, string>);
      const out = toMrkdwn(raw);
      expect(out.replace(/<https?:[^>]+>/g, '')).not.toMatch(/[<>]/);
      expect(out).not.toContain('{{');
    }
  });
});

describe('Block Kit builders (issue 19 interface)', () => {
  it('a verify action is a Block Kit button whose text says Verify; its value names only the thread', () => {
    const message = renderMessage('Please verify.', [{ kind: 'verify' }], {
      thread: 'slack:D01:1790000000.000001',
      askEmail: false,
    });
    const actions = message.blocks.find((b) => b.type === 'actions') as unknown as {
      elements: Array<Record<string, unknown>>;
    };
    expect(actions.elements[0]).toMatchObject({
      type: 'button',
      text: { type: 'plain_text', text: 'Verify' },
      action_id: 'caseline.verify',
    });
    expect(parseVerifyButtonValue(String(actions.elements[0]!['value']))).toEqual({
      thread: 'slack:D01:1790000000.000001',
      askEmail: false,
    });
    // A forged value cannot smuggle a thread key of another shape.
    expect(parseVerifyButtonValue('{"t":"email:x","e":0}')).toEqual({ thread: null, askEmail: false });
    expect(parseVerifyButtonValue('not json')).toEqual({ thread: null, askEmail: true });
  });

  it('choose-case options become one button each; long texts are split into sections under Slack’s limits', () => {
    const message = renderMessage('x\n'.repeat(4000), [
      {
        kind: 'choose-case',
        options: [
          { value: '01000001', label: 'Case 01000001' },
          { value: 'new', label: 'New case' },
        ],
      },
    ]);
    const sections = message.blocks.filter((b) => b.type === 'section') as unknown as Array<{ text: { text: string } }>;
    expect(sections.length).toBeGreaterThan(1);
    for (const s of sections) expect(s.text.text.length).toBeLessThanOrEqual(3000);
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    expect(message.text.length).toBeLessThanOrEqual(3000);
    const buttons = (message.blocks.at(-1) as unknown as { elements: Array<{ value: string; action_id: string }> })
      .elements;
    expect(buttons.map((b) => b.value)).toEqual(['01000001', 'new']);
    expect(new Set(buttons.map((b) => b.action_id)).size).toBe(2);
  });

  it('the PIN form: input blocks with plain_text_input labelled PIN (and Email when asked); metadata names only the thread', () => {
    const withEmail = verifyModal({ askEmail: true, thread: 'slack:D01:1790000000.000001' });
    const inputs = withEmail.blocks.filter((b) => b.type === 'input') as unknown as Array<{
      label: { text: string };
      element: { type: string };
    }>;
    expect(inputs.map((b) => [b.label.text, b.element.type])).toEqual([
      ['Email', 'plain_text_input'],
      ['PIN', 'plain_text_input'],
    ]);
    expect(readModalMetadata(withEmail.private_metadata)).toEqual({
      thread: 'slack:D01:1790000000.000001',
      askEmail: true,
    });
    expect(verifyModal({ askEmail: false, thread: null }).blocks.filter((b) => b.type === 'input')).toHaveLength(1);
    expect(withEmail.title.text.length).toBeLessThanOrEqual(24);
  });
});
