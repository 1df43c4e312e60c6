/**
 * The Web API stand-in (FakeSlack) of `npm run bench:slack`, in a process of its own: neither the bot
 * nor the load client (bench/slack-load-client.ts) shares its event loop, so the acks the client
 * measures are not held up by the stand-in answering the bot's posts. Driven over IPC by
 * bench/slack.bench.ts: 'posts' reports and resets the chat.postMessage count, 'stop' ends it.
 */
import { FakeSlack } from '../tests/integration/slack/support/fake-slack.ts';

const fake = await new FakeSlack().start();
fake.record = false;
process.on('message', async (message: { type: 'posts' } | { type: 'stop' }) => {
  if (message.type === 'posts') {
    const posts = fake.counts.get('chat.postMessage') ?? { count: 0, last: 0 };
    process.send!({ type: 'posts', count: posts.count, last: posts.last });
    fake.counts.clear();
    return;
  }
  await fake.stop();
  process.exit(0);
});
process.send!({ type: 'ready', apiUrl: fake.apiUrl });
