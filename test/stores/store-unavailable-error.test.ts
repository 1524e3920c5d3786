import { describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../src/index.js';
import { maskPassword } from '../../src/stores/store-unavailable-error.js';

describe('StoreUnavailableError', () => {
  it('names the store with its password masked, and keeps the cause', () => {
    const cause = new Error('ECONNREFUSED');
    const error = new StoreUnavailableError('postgres://app:s3cr:et@db.example:5432/talks', 'connection refused', {
      cause,
    });
    expect(error.message).toBe('store unavailable: postgres://app:***@db.example:5432/talks: connection refused');
    expect(error.message).not.toContain('s3cr');
    expect(error.store).toBe('postgres://app:***@db.example:5432/talks');
    expect(error.reason).toBe('connection refused');
    expect(error.cause).toBe(cause);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('StoreUnavailableError');
  });

  it.each([
    ['postgres://app:secret@db:5432/talks', 'postgres://app:***@db:5432/talks'],
    ['postgresql://app:p%40ss@db/talks?sslmode=require', 'postgresql://app:***@db/talks?sslmode=require'],
    ['postgres://app@db/talks', 'postgres://app@db/talks'],
    ['postgres://db:5432/talks', 'postgres://db:5432/talks'],
    ['/data/events.ndjson', '/data/events.ndjson'],
    ['C:\\data\\events.ndjson', 'C:\\data\\events.ndjson'],
  ])('masks %s as %s', (store, masked) => {
    expect(maskPassword(store)).toBe(masked);
  });
});
