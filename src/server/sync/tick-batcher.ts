/**
 * Collects items and hands them over together once per tick. Measured (DESIGN.md): one packet
 * per tick per receiver carries 4–5× the ops of one packet per op, at a third of the latency.
 */
export class TickBatcher<T> {
  private items: T[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly tickMs: number,
    private readonly flush: (items: T[]) => void,
  ) {}

  push(item: T): void {
    this.items.push(item);
    this.timer ??= setTimeout(() => this.flushNow(), this.tickMs);
  }

  flushNow(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const items = this.items;
    this.items = [];
    if (items.length) this.flush(items);
  }
}
