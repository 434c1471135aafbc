import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { URL_HASH_PREFIX_LENGTH, urlHash, urlHashPrefix } from './url-hash';

describe('urlHash', () => {
  it('is the SHA-256 of the canonical URL in lower-case hex', async () => {
    const url = 'https://reuters.com/world/story';
    expect(await urlHash(url)).toBe(createHash('sha256').update(url).digest('hex'));
  });

  it('gives a prefix of the agreed length', async () => {
    const prefix = urlHashPrefix(await urlHash('https://nytimes.com/a'));
    expect(prefix).toMatch(new RegExp(`^[0-9a-f]{${URL_HASH_PREFIX_LENGTH}}$`));
  });
});
