// The PostgreSQL migrations, generated from the tables derived from db/schema (db/schema-pg/derive.ts):
// `npm run db:generate:pg` after every `npm run db:generate`.
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema-pg/index.ts',
  out: './db/migrations-pg',
});
