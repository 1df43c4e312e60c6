import { describe, expect, it } from 'vitest';
import { messageWords, slackMarkupToPlain } from '../../../../src/channels/slack/message-text.ts';

describe('Slack markup → what was typed (message-text.ts)', () => {
  it('entities are decoded once: "&amp;lt;" typed as "&lt;" stays "&lt;"', () => {
    expect(slackMarkupToPlain('load &gt; 80% &amp; &lt;b&gt; &amp;lt;')).toBe('load > 80% & <b> &lt;');
  });

  it('a link the client made of a bare host or address shows just it; a link with words of its own keeps the address', () => {
    expect(slackMarkupToPlain('<http://sip01.acme.local|sip01.acme.local>')).toBe('sip01.acme.local');
    expect(slackMarkupToPlain('<https://status.acme.example/|status.acme.example>')).toBe('status.acme.example');
    expect(slackMarkupToPlain('<mailto:ana@acme.example|ana@acme.example>')).toBe('ana@acme.example');
    expect(slackMarkupToPlain('<https://status.acme.example>')).toBe('https://status.acme.example');
    expect(slackMarkupToPlain('see <https://evil.example|the portal>')).toBe('see the portal (https://evil.example)');
  });

  it('mentions, channels, broadcasts, user groups and dates read as people saw them; the bot’s own mention goes', () => {
    expect(slackMarkupToPlain('<@U07DAVE> and <@U08EVE|eve> in <#C1|ops> and <#C2>')).toBe(
      '@U07DAVE and @eve in #ops and #C2',
    );
    expect(slackMarkupToPlain('<!here> <!channel> <!subteam^S1|@voice-team> <!date^1392734382^{date}|Feb 18th>')).toBe(
      '@here @channel @voice-team Feb 18th',
    );
    expect(slackMarkupToPlain('Hey <@UBOT>, our server is down', 'UBOT').replace(/\s+/g, ' ')).toBe(
      'Hey our server is down',
    );
    expect(slackMarkupToPlain('<@UBOT|caseline>: help', 'UBOT').trim()).toBe('help');
  });

  it('the words of a message: text, else rich_text blocks; a shared or forwarded message’s text on its own line', () => {
    expect(
      messageWords({
        text: 'FYI',
        attachments: [
          { is_share: true, text: 'SIP is down &amp; calls fail' },
          { title: 'a link preview', text: 'not words of the message' },
        ],
      }),
    ).toBe('FYI\nSIP is down & calls fail');
    expect(
      messageWords({
        text: '',
        blocks: [
          {
            type: 'rich_text',
            elements: [
              {
                type: 'rich_text_section',
                elements: [
                  { type: 'text', text: 'a < b ' },
                  { type: 'link', url: 'https://x.example', text: 'docs' },
                  { type: 'text', text: ' ' },
                  { type: 'user', user_id: 'U1' },
                  { type: 'emoji', name: 'fire', unicode: '1f525' },
                  { type: 'broadcast', range: 'here' },
                ],
              },
              {
                type: 'rich_text_list',
                elements: [{ type: 'rich_text_section', elements: [{ type: 'text', text: 'one' }] }],
              },
              { type: 'rich_text_preformatted', elements: [{ type: 'text', text: 'ERROR 503' }] },
            ],
          },
        ],
      }),
    ).toBe('a < b docs (https://x.example) @U1🔥@here\n- one\nERROR 503');
  });
});
