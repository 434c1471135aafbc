import { describe, expect, it } from 'vitest';
import { LookupRequest } from './lookup';

const messageOf = (body: unknown) => LookupRequest.safeParse(body).error?.issues[0]?.message;

describe('LookupRequest', () => {
  it('says a missing url is missing, and a bad one is not an http(s) URL', () => {
    expect(messageOf({})).toBe('url is missing: send {"url": "https://…"}');
    expect(messageOf({ url: 'ftp://example.com/a' })).toBe('url must be an absolute http(s) URL');
    expect(messageOf({ url: 'https://example.com/a' })).toBeUndefined();
  });
});
