import { z } from 'zod';

// The soak bench (soak.ts) and its server process (soak-server.ts) talk over IPC in these
// shapes, parsed on receipt.

export const SoakCommand = z.discriminatedUnion('type', [
  z.object({ type: z.literal('memory') }),
  z.object({ type: z.literal('stop') }),
]);
export type SoakCommand = z.infer<typeof SoakCommand>;

/** The server's memory, read after a full garbage collection (what it keeps, not what waits). */
export const SoakMemory = z.object({ rssMb: z.number(), heapMb: z.number() });
export type SoakMemory = z.infer<typeof SoakMemory>;

export const SoakMessage = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('ready'),
    port: z.number().int(),
    database: z.string(),
    articles: z.number().int(),
    storyIds: z.array(z.string()),
    urls: z.array(z.string()),
    buckets: z.number().int(),
    lookupBuckets: z.array(z.number().int()),
  }),
  z.object({ type: z.literal('memory'), memory: SoakMemory }),
]);
export type SoakMessage = z.infer<typeof SoakMessage>;
