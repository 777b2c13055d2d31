import { useLayoutEffect, useRef, useState } from 'react';

type Handlers = Record<string, (...args: never[]) => unknown>;

/**
 * The same handler object for the component's whole life, each call going to the latest render's
 * handler. Rows of a long list get it as a prop so that `memo` skips the rows whose data did not
 * change (closures made per render would re-render every row on every scroll and every save).
 * Written here because React's own `useEffectEvent` may only be called from effects, not passed to
 * children; the set of handler names must not change between renders.
 */
export function useStableHandlers<T extends Handlers>(handlers: T): T {
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  });
  const [stable] = useState(() => {
    const calls: Record<string, (...args: never[]) => unknown> = {};
    for (const name of Object.keys(handlers)) calls[name] = (...args) => latest.current[name]!(...args);
    return calls as T;
  });
  return stable;
}
