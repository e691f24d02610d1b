import type { OutboxStore, PendingChange, RefusedChange, SavedOutbox } from './outbox-store.ts';

/** The outbox in this page's memory: what unit tests use, and the fallback where IndexedDB is
 * missing or refused (some WebViews, private modes). Survives a reconnect, not a reload. */
export class MemoryOutboxStore implements OutboxStore {
  readonly persistent = false;
  private readonly bySession = new Map<string, SavedOutbox>();

  async load(sessionCode: string): Promise<SavedOutbox> {
    const saved = this.bySession.get(sessionCode);
    return { pending: [...(saved?.pending ?? [])], refused: [...(saved?.refused ?? [])] };
  }

  async add(sessionCode: string, change: PendingChange): Promise<void> {
    this.of(sessionCode).pending.push(change);
  }

  async remove(sessionCode: string, opId: string): Promise<void> {
    const saved = this.of(sessionCode);
    saved.pending = saved.pending.filter((c) => c.opId !== opId);
  }

  async moveToRefused(sessionCode: string, change: RefusedChange): Promise<void> {
    await this.remove(sessionCode, change.opId);
    this.of(sessionCode).refused.push(change);
  }

  async dismiss(sessionCode: string, opId: string): Promise<void> {
    const saved = this.of(sessionCode);
    saved.refused = saved.refused.filter((c) => c.opId !== opId);
  }

  private of(sessionCode: string): SavedOutbox {
    let saved = this.bySession.get(sessionCode);
    if (!saved) this.bySession.set(sessionCode, (saved = { pending: [], refused: [] }));
    return saved;
  }
}
