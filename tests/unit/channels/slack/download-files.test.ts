import { describe, expect, it } from 'vitest';
import { mayReceiveToken } from '../../../../src/channels/slack/download-files.ts';

describe('where the bot token may be sent for a file download (issue 19 §4, security)', () => {
  it('only to Slack’s own hosts over https, or to the configured Web API host', () => {
    const api = 'https://slack.com/api/';
    expect(mayReceiveToken('https://files.slack.com/files-pri/T1-F1/download/a.dat', api)).toBe(true);
    expect(mayReceiveToken('https://slack.com/files/x', api)).toBe(true);
    expect(mayReceiveToken('http://files.slack.com/files-pri/x', api)).toBe(false);
    expect(mayReceiveToken('https://files.slack.com.evil.example/x', api)).toBe(false);
    expect(mayReceiveToken('https://evilslack.com/x', api)).toBe(false);
    expect(mayReceiveToken('https://user:pw@evil.example/?h=files.slack.com', api)).toBe(false);
    expect(mayReceiveToken('not a url', api)).toBe(false);
    expect(mayReceiveToken('http://127.0.0.1:4000/files/F1', 'http://127.0.0.1:4000/api/')).toBe(true);
    expect(mayReceiveToken('http://127.0.0.1:4001/files/F1', 'http://127.0.0.1:4000/api/')).toBe(false);
  });
});
