import { describe, expect, it } from 'vitest';
import { RouteTable } from '../../../src/http/routes.ts';

describe('the HTTP route table', () => {
  it('finds by method and path; an unknown path is 404, a known path with another method 405 with Allow', () => {
    const handler = () => {};
    const table = new RouteTable().add({ method: 'GET', path: '/healthz', handle: handler });
    expect(table.find('GET', '/healthz')).toBe(handler);
    expect(table.find('HEAD', '/healthz')).toBe(handler);
    expect(table.find('GET', '/nope')).toEqual({ status: 404 });
    expect(table.find('POST', '/healthz')).toEqual({ status: 405, allow: 'GET' });
  });

  it('a route cannot be taken twice', () => {
    const table = new RouteTable().add({ method: 'GET', path: '/x', handle: () => {} });
    expect(() => table.add({ method: 'GET', path: '/x', handle: () => {} })).toThrow(/already taken/);
  });
});
