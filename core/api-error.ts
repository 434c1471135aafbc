import { z } from 'zod';

/** The one shape every API error has, whatever went wrong. */
export const ApiError = z.object({
  error: z.object({
    /** Machine-readable, stable: "bad_request", "not_found", "rate_limited", … */
    code: z.string().min(1),
    /** For a person: what happened and what to do. Never internals. */
    message: z.string().min(1),
    /** The offending request field, when one is to blame (e.g. "body.url"). */
    field: z.string().optional(),
  }),
});
export type ApiError = z.infer<typeof ApiError>;

export const HealthResponse = z.object({
  status: z.literal('ok'),
  version: z.string(),
  database: z.enum(['sqlite', 'postgres']),
});
export type HealthResponse = z.infer<typeof HealthResponse>;
