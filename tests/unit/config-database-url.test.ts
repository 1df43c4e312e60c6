import { describe, expect, it } from 'vitest';
import { ConfigError, describeConfig, loadConfig } from '../../src/config.ts';

const load = (env: Record<string, string>) => loadConfig(env, '/nonexistent/.env');

describe('DATABASE_URL (issue 24)', () => {
  it('issue 24: takes a postgres:// or postgresql:// URL naming a database; SQLite stays the default', () => {
    expect(load({}).DATABASE_URL).toBeUndefined();
    expect(load({}).CASELINE_DB).toBe('./data/caseline.db');
    expect(load({ DATABASE_URL: 'postgres://bot:pw@db1:5432/caseline' }).DATABASE_URL).toBe(
      'postgres://bot:pw@db1:5432/caseline',
    );
    expect(load({ DATABASE_URL: 'postgresql://db1/caseline' }).DATABASE_URL).toBe('postgresql://db1/caseline');
  });

  it('issue 24: refuses anything else with the expected form', () => {
    for (const bad of ['mysql://db1/caseline', 'postgres://db1', './data/caseline.db']) {
      expect(() => load({ DATABASE_URL: bad })).toThrow(ConfigError);
      expect(() => load({ DATABASE_URL: bad })).toThrow(
        /DATABASE_URL: must be a postgres:\/\/user:password@host:port\/database URL/,
      );
    }
  });

  it('issue 24: the URL (it may carry the password) is masked wherever the configuration is shown', () => {
    const shown = describeConfig(load({ DATABASE_URL: 'postgres://bot:s3cret@db1:5432/caseline' }));
    expect(JSON.stringify(shown)).not.toContain('s3cret');
  });
});
