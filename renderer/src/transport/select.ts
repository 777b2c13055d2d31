import type { ConveneBridge } from '../../../shared/contract/bridge.js';
import type { Transport } from '../../../shared/contract/client.js';
import { createHttpTransport, takeToken } from './http.js';

declare global {
  interface Window {
    /** Present only inside Electron, exposed by the preload. */
    convene?: ConveneBridge;
  }
}

/** Inside Electron the preload's bridge; in a browser the HTTP host. The UI code never knows which. */
export function selectTransport(): Transport | null {
  const bridge = window.convene;
  if (bridge) return { call: (channel, input) => bridge.call(channel, input), subscribe: (listener) => bridge.onEvent(listener) };
  const token = takeToken(window.location, window.history, window.sessionStorage);
  return token ? createHttpTransport(token) : null;
}
