import { useCallback } from 'react';
import type { ChannelName, InputOf, OutputOf } from '../../../shared/contract/channels.js';
import { useRunResult } from '../components/run.js';

/**
 * Runs a call and reports a failure as a translated toast. Returns the value, or null when it
 * failed (the caller keeps what the user typed, so nothing is lost). For channels whose success
 * value is itself null (deletes, restores), use components/run.ts's useRunResult, which can tell.
 */
export function useRun() {
  const run = useRunResult();
  return useCallback(
    async <C extends ChannelName>(channel: C, input: InputOf<C>): Promise<OutputOf<C> | null> => {
      const result = await run(channel, input);
      return result.ok ? result.value : null;
    },
    [run],
  );
}
