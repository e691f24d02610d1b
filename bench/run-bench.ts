/**
 * How every benchmark runs: `main` prints its one JSON line; the process exits 0 whatever that
 * line's `pass` says (it is a measurement), 1 only when the bench itself failed. A Ctrl-C, or
 * a failure, first runs `cleanUp`, so no server child, browser or temp dir is left behind.
 */
export function runBench(main: () => Promise<void>, cleanUp: () => Promise<void>): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
  }
  main().then(
    () => process.exit(0),
    async (err) => {
      console.error(err);
      await cleanUp();
      process.exit(1);
    },
  );
}

/** A positive integer from the environment, or `fallback` when unset or empty. */
export function positiveIntegerFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}
