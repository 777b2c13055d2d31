import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openRuntime, type Runtime } from '../../main/service/runtime.js';
import type { ChannelName, InputOf, OutputOf } from '../../shared/contract/channels.js';
import { addSkipped, type Figure } from '../table.js';
import { missingChromium, openBrowser, type BenchBrowser } from './browser.js';
import { missingBuild, startHost, type BenchHost } from './host.js';

/** A channel called in-process, typed by the contract; a refusal stops the benchmark with its error. */
export type BenchCall = <C extends ChannelName>(channel: C, input: InputOf<C>) => OutputOf<C>;

/**
 * What every benchmark in a real browser does around its measurement: skip (one line per figure)
 * without a build or a Chromium; a fresh data folder; `prepare` it in-process through the handlers
 * (faster than HTTP; only what is measured needs the host), then close it; start the real host on
 * it and a headless Chromium; `measure`; and tear all of it down whatever happens.
 */
export async function runInBrowser<T>(options: {
  name: string;
  figures: readonly Omit<Figure, 'measured' | 'skipped'>[];
  prepare: (call: BenchCall, runtime: Runtime) => T;
  measure: (host: BenchHost, browser: BenchBrowser, prepared: T) => Promise<void>;
}): Promise<void> {
  const missing = missingBuild() ?? missingChromium();
  if (missing) {
    for (const figure of options.figures) addSkipped(figure, missing);
    return;
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `convene-bench-${options.name}-`));
  try {
    const runtime = openRuntime({ dataDir });
    let prepared: T;
    try {
      const call: BenchCall = (channel, input) => {
        const result = runtime.core.call(channel, input);
        if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
        return result.value as OutputOf<typeof channel>;
      };
      prepared = options.prepare(call, runtime);
    } finally {
      runtime.close({ backup: false });
    }
    const host = await startHost(dataDir);
    try {
      const browser = await openBrowser();
      try {
        await options.measure(host, browser, prepared);
      } finally {
        await browser.close();
      }
    } finally {
      await host.kill();
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
