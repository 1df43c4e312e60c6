import { readableInstant } from '../src/domain/readable-time.ts';

for (const z of ['Europe/Paris', 'Europe/London', 'America/New_York', 'Asia/Singapore', 'Asia/Tokyo', 'UTC'])
  console.log(
    z,
    readableInstant('2026-11-23T16:01:30Z', z, new Date('2026-11-23T14:00:00Z')),
    readableInstant('2027-06-23T16:01:30Z', z, new Date('2026-11-23T14:00:00Z')),
  );
