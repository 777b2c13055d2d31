import type { z } from 'zod';

/**
 * A channel: a zod schema for what goes in and a phantom type for what comes out.
 * `output` exists only for the type checker (handlers are typed against it; the client returns it).
 */
export interface Channel<I extends z.ZodType, O> {
  readonly input: I;
  readonly output?: O;
}

/** `channel<Output>()(inputSchema)`: the two-step call lets TypeScript infer the input schema. */
export function channel<O>() {
  return <I extends z.ZodType>(input: I): Channel<I, O> => ({ input });
}
