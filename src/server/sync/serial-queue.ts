/** Runs async tasks one at a time, in order: a site's checks and commits must not interleave,
 * or two ops could both pass a check against the same state. */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** resolves once everything queued so far has finished */
  drain(): Promise<void> {
    return this.tail.then(() => undefined);
  }
}
