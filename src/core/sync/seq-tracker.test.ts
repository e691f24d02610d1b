import { describe, expect, it } from 'vitest';
import type { WireOp } from '../protocol/wire.ts';
import { SeqTracker } from './seq-tracker.ts';

const WINDOW_MS = 200;

/** A placeholder op is enough: the tracker only looks at seq. */
const op = (seq: number): WireOp => ({ seq, redacted: true });
const ops = (...seqs: number[]) => seqs.map(op);

/** A tracker on a hand-driven clock: `advance(ms)` is the only way time passes. */
function tracker(lastApplied = 0) {
  let now = 1_000_000;
  const t = new SeqTracker(lastApplied, { reorderWindowMs: WINDOW_MS, now: () => now });
  return {
    t,
    advance: (ms: number) => void (now += ms),
    /** seqs of the ops a result made ready, or the gap */
    receive: (...seqs: number[]) => summary(t.receive(ops(...seqs))),
    poll: () => summary(t.poll()),
  };
}

function summary(result: ReturnType<SeqTracker['poll']>) {
  return result.kind === 'ready' ? result.ops.map((o) => o.seq) : result;
}

describe('SeqTracker', () => {
  it('passes ops through in order', () => {
    const { t, receive } = tracker();
    expect(receive(1, 2, 3)).toEqual([1, 2, 3]);
    expect(receive(4)).toEqual([4]);
    expect(t.lastApplied).toBe(4);
  });

  it('starts after the seq the receiver already holds', () => {
    const { t, receive } = tracker(41);
    expect(receive(40, 41, 42)).toEqual([42]);
    expect(t.lastApplied).toBe(42);
  });

  it('sorts a batch that arrives out of order', () => {
    const { receive } = tracker();
    expect(receive(3, 1, 2)).toEqual([1, 2, 3]);
  });

  it('holds ops after a missing seq and releases them when it arrives within the window', () => {
    const { t, receive, advance } = tracker();
    expect(receive(1, 3, 4)).toEqual([1]);
    advance(WINDOW_MS - 1);
    expect(receive(5)).toEqual([]);
    expect(receive(2)).toEqual([2, 3, 4, 5]);
    expect(t.lastApplied).toBe(5);
  });

  it('returns the very op objects it was given', () => {
    const { t } = tracker();
    const batch = ops(2, 1);
    const result = t.receive(batch);
    expect(result).toEqual({ kind: 'ready', ops: [batch[1], batch[0]] });
    expect(result.kind === 'ready' && result.ops[0]).toBe(batch[1]);
  });

  it('drops duplicates: already applied, already pending, or twice in one batch', () => {
    const { t, receive } = tracker();
    expect(receive(1, 2)).toEqual([1, 2]);
    expect(receive(2, 1)).toEqual([]);
    expect(receive(4, 4)).toEqual([]);
    expect(receive(4)).toEqual([]);
    expect(receive(3, 3)).toEqual([3, 4]);
    expect(t.lastApplied).toBe(4);
  });

  it('reports a gap once a seq stays missing for the whole window', () => {
    const { receive, poll, advance } = tracker(10);
    expect(receive(12)).toEqual([]);
    advance(WINDOW_MS - 1);
    expect(poll()).toEqual([]);
    advance(1);
    expect(poll()).toEqual({ kind: 'gap', fromSeq: 10 });
  });

  it('keeps reporting the gap until it is resolved', () => {
    const { receive, poll, advance } = tracker(10);
    receive(12, 13);
    advance(WINDOW_MS);
    expect(poll()).toEqual({ kind: 'gap', fromSeq: 10 });
    advance(5_000);
    expect(receive(14)).toEqual({ kind: 'gap', fromSeq: 10 });
  });

  it('reports the gap after the last seq it could apply', () => {
    const { receive, poll, advance } = tracker();
    expect(receive(1, 2, 5)).toEqual([1, 2]);
    advance(WINDOW_MS);
    expect(poll()).toEqual({ kind: 'gap', fromSeq: 2 });
  });

  it('restarts the window when later ops make progress', () => {
    const { receive, poll, advance } = tracker();
    expect(receive(2, 4)).toEqual([]);
    advance(WINDOW_MS - 10);
    expect(receive(1)).toEqual([1, 2]); // 3 is still missing; the window starts again now
    advance(WINDOW_MS - 1);
    expect(poll()).toEqual([]);
    advance(1);
    expect(poll()).toEqual({ kind: 'gap', fromSeq: 2 });
  });

  it('never reports a gap while nothing is pending, however long it is quiet', () => {
    const { receive, poll, advance } = tracker();
    receive(1);
    advance(60_000);
    expect(poll()).toEqual([]);
    expect(receive(2)).toEqual([2]);
  });

  describe('resetTo (after a snapshot or replay)', () => {
    it('drops what the snapshot covered and continues after it', () => {
      const { t, receive, poll, advance } = tracker();
      receive(1, 3, 4);
      advance(WINDOW_MS);
      expect(poll()).toEqual({ kind: 'gap', fromSeq: 1 });
      t.resetTo(4);
      expect(t.lastApplied).toBe(4);
      expect(poll()).toEqual([]);
      expect(receive(3, 4, 5)).toEqual([5]);
    });

    it('releases pending ops that now follow on', () => {
      const { t, receive, poll, advance } = tracker();
      receive(1, 7, 8);
      advance(WINDOW_MS);
      expect(poll()).toEqual({ kind: 'gap', fromSeq: 1 });
      t.resetTo(6);
      expect(poll()).toEqual([7, 8]);
    });

    it('gives ops still pending after the reset a fresh window', () => {
      const { t, receive, poll, advance } = tracker();
      receive(1, 9);
      advance(WINDOW_MS);
      expect(poll()).toEqual({ kind: 'gap', fromSeq: 1 });
      t.resetTo(6);
      expect(poll()).toEqual([]);
      advance(WINDOW_MS - 1);
      expect(poll()).toEqual([]);
      advance(1);
      expect(poll()).toEqual({ kind: 'gap', fromSeq: 6 });
    });
  });
});
