import { z } from 'zod';

// The lookup-load bench (api-lookup-load.ts) and its server process (api-load-server.ts) talk
// over IPC in these shapes, parsed on receipt.

/** The bench server's control route: a prefix answer's bytes, sent with no work (see there). */
export const SAME_BYTES_PATH = '/bench/same-bytes-as-a-prefix-answer';

/** What the bench asks of the server process. */
export const LoadServerCommand = z.discriminatedUnion('type', [
  z.object({ type: z.literal('watch-delay') }),
  z.object({ type: z.literal('read-delay') }),
  z.object({ type: z.literal('stop') }),
]);
export type LoadServerCommand = z.infer<typeof LoadServerCommand>;

export const LoadServerMessage = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('ready'),
    port: z.number().int(),
    articles: z.number().int(),
    stories: z.number().int(),
    buckets: z.number().int(),
    storyIds: z.array(z.string()),
    /** The buckets of stored articles' URL hashes: what readers of them would ask. */
    lookupBuckets: z.array(z.number().int()),
  }),
  z.object({
    type: z.literal('delay'),
    maxMs: z.number(),
    p99Ms: z.number(),
    /** The server process's CPU time while watched, and over the wall time (1 = one core busy). */
    cpuMs: z.number(),
    /** Requests the server answered while watched. */
    answered: z.number().int(),
    cpuShare: z.number(),
  }),
]);
export type LoadServerMessage = z.infer<typeof LoadServerMessage>;
