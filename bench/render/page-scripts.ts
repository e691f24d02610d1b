import type { BrowserContext } from 'playwright-core';
import { installFrameGate } from './frame-gate.ts';

/**
 * tsx compiles with esbuild's keepNames, which wraps inner functions in `__name(fn, "name")`.
 * Functions handed to page.evaluate carry that call into the page, where nothing defines it:
 * this defines it there as the identity, before any of them runs.
 */
const KEEP_NAMES_SHIM = 'globalThis.__name ??= (fn) => fn;';

/** What every benchmark page needs before its own scripts run. */
export async function prepareBenchContext(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: KEEP_NAMES_SHIM });
  await context.addInitScript(installFrameGate);
}
