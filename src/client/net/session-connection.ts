import type { JoinRequest, JoinResult } from '../../core/protocol/messages.ts';
import type { Ack } from '../../core/protocol/errors.ts';
import type { WireOp } from '../../core/protocol/wire.ts';
import { SeqTracker } from '../../core/sync/seq-tracker.ts';
import { withJoin, withOps, withoutPresence, withPresence, withSync, withTallies } from '../state/session-reducers.ts';
import type { SessionStore } from '../state/session-store.ts';
import { initialSessionView, type ConnectionStatus, type SessionProblem } from '../state/session-view.ts';
import { errorCodeOf, type AppErrorCode } from './app-error.ts';
import { fatalConnectError } from './connect-error.ts';
import { forgetFacilitatorKey } from './facilitator-key.ts';
import { IdentityBook } from './identity.ts';
import { openSocket, type GongjianSocket } from './socket.ts';
import { setSubmitOp } from './submit-op.ts';
import { setDismissRefused } from './dismiss-refused.ts';
import { openOutboxStore } from './outbox/open-outbox-store.ts';
import { Outbox, type OutboxSnapshot, type SendResult } from './outbox/outbox.ts';
import type { OutboxStore } from './outbox/outbox-store.ts';
import type { OpRequest } from '../../core/protocol/events.ts';
import type { Mode } from '../../core/protocol/primitives.ts';
import type { Pose } from '../../core/protocol/messages.ts';
import { receivedPoses } from '../state/poses.ts';
import { PoseThrottle, TwinModeKeeper, isViewingTwin, setPoseOutlet } from './poses.ts';

export interface JoinIntent {
  code: string;
  /** omitted keeps the name the server has for this person; null clears it */
  name?: string | null;
  facilitatorKey?: string;
  /** omitted joins as a participant (a facilitator key overrides either) */
  role?: JoinRequest['role'];
}

/** How long a missing seq may stay missing before asking for a replay (several server
 * processes can deliver batches out of order). */
const REORDER_WINDOW_MS = 500;
const ACK_TIMEOUT_MS = 15_000;

/**
 * One tab's live link to one session: joins on every (re)connect with the last seq it holds,
 * keeps the op stream in order, and writes what it learns into the session store. Plain
 * TypeScript; React only starts and stops it (use-session-connection.ts).
 */
export class SessionConnection {
  private readonly socket: GongjianSocket;
  private tracker: SeqTracker | null = null;
  /** batches that arrive between joining the rooms and the join answer */
  private early: WireOp[] = [];
  private pollTimer: ReturnType<typeof setInterval> | undefined;
  private stopped = false;
  private readonly outbox: Outbox;
  private unsubscribeLog: (() => void) | undefined;
  /** volatile: a pose that cannot go out now is stale by the next one anyway */
  private readonly poseThrottle = new PoseThrottle((pose) => this.socket.volatile.emit('pose', pose));
  private readonly twinMode = new TwinModeKeeper();

  constructor(
    private readonly intent: JoinIntent,
    private readonly store: SessionStore,
    private readonly identities = new IdentityBook(),
    socket: GongjianSocket = openSocket(),
    outboxStore: Promise<OutboxStore> = openOutboxStore(),
  ) {
    this.socket = socket;
    this.outbox = new Outbox({
      sessionCode: intent.code,
      store: outboxStore,
      send: (op) => this.sendOp(op),
      onChange: (snapshot) => this.showOutbox(snapshot),
      appliedSeq: () => this.store.getState().log?.seq ?? 0,
    });
  }

  start(): void {
    // a new session page starts from nothing
    this.store.setState({ ...initialSessionView, asFacilitator: this.intent.facilitatorKey !== undefined }, true);
    const s = this.socket;
    s.on('connect', () => this.join());
    s.on('disconnect', (reason) => {
      this.tracker = null;
      this.outbox.setConnected(false);
      if (reason !== 'io client disconnect') this.setStatus(navigator.onLine ? 'reconnecting' : 'offline');
    });
    s.on('connect_error', (err) => this.onConnectError(err));
    s.on('ops:batch', (ops) => this.receive(ops));
    s.on('tally:update', (tallies) => this.store.setState((v) => withTallies(v, tallies)));
    s.on('presence:joined', (entry) => this.store.setState((v) => withPresence(v, entry)));
    s.on('presence:updated', (entry) => {
      this.store.setState((v) => withPresence(v, entry));
      // back in 3D later, they start from their next pose, not from where they left
      if (entry.mode !== 'twin' && entry.mode !== 'ar') receivedPoses.forget(entry.connectionId);
    });
    s.on('presence:left', ({ connectionId }) => {
      this.store.setState((v) => withoutPresence(v, connectionId));
      receivedPoses.forget(connectionId);
    });
    s.on('pose:update', ({ connectionId, pose }) => receivedPoses.receive(connectionId, pose));
    s.on('error:event', ({ event, error }) => console.warn(`server refused "${event}":`, error.code, error.message));
    window.addEventListener('offline', this.onOffline);
    window.addEventListener('online', this.onOnline);
    this.pollTimer = setInterval(() => this.poll(), REORDER_WINDOW_MS / 2);
    if (!navigator.onLine) this.setStatus('offline');
    // Changes left unsent by an earlier page go out (in order, before new ones) once joined.
    this.outbox.start();
    this.unsubscribeLog = this.store.subscribe((view, before) => {
      if (view.log !== before.log && view.log) this.outbox.logReached(view.log.seq);
    });
    setSubmitOp((body) => this.outbox.submit(body));
    setDismissRefused((opId) => this.outbox.dismiss(opId));
    setPoseOutlet({ offer: (read) => this.offerPose(read), viewingTwinChanged: () => this.syncTwinMode() });
    s.connect();
  }

  stop(): void {
    this.stopped = true;
    setSubmitOp(null);
    setDismissRefused(null);
    setPoseOutlet(null);
    receivedPoses.clear();
    this.outbox.stop();
    this.unsubscribeLog?.();
    clearInterval(this.pollTimer);
    window.removeEventListener('offline', this.onOffline);
    window.removeEventListener('online', this.onOnline);
    this.socket.removeAllListeners();
    this.socket.disconnect();
  }

  private join(): void {
    const joinedBefore = this.store.getState().log;
    const request: JoinRequest = {
      code: this.intent.code,
      identityToken: this.identities.tokenForCode(this.intent.code),
      facilitatorKey: this.intent.facilitatorKey,
      name: this.intent.name,
      role: this.intent.role,
      lastSeq: joinedBefore ? joinedBefore.seq : undefined,
      mode: this.twinMode.joinMode(isViewingTwin()),
    };
    this.early = [];
    this.socket.timeout(ACK_TIMEOUT_MS).emit('session:join', request, (timedOut, answer) => {
      if (this.stopped) return;
      if (timedOut) return void this.socket.disconnect().connect(); // try again on a fresh connection
      this.onJoinAnswer(answer, request.mode ?? 'map');
    });
  }

  private onJoinAnswer(answer: Ack<JoinResult>, mode: Mode): void {
    if (!answer.ok) {
      const code = errorCodeOf(answer.error);
      // A wrong key would fail every reload of this tab; forgotten, "try again" joins as a resident.
      if (code === 'INVALID_CODE' && this.intent.facilitatorKey) forgetFacilitatorKey(this.intent.code);
      return this.fail(code, true);
    }
    const rejoin = this.identities.remember(this.intent.code, answer.site.id, answer.you.identityToken);
    // This browser already has an identity on the site: use it, so its earlier pins stay "mine".
    if (rejoin) return void this.socket.disconnect().connect();

    this.store.setState((v) => withJoin(v, answer));
    this.tracker = new SeqTracker(this.store.getState().log?.seq ?? 0, { reorderWindowMs: REORDER_WINDOW_MS, now: Date.now });
    const early = this.early;
    this.early = [];
    if (early.length) this.receive(early);
    // after the catch-up is applied, so ops already in it are not shown as pending twice
    this.outbox.setConnected(true);
    this.twinMode.joined(mode);
    receivedPoses.retainOnly(new Set(answer.presence.map((p) => p.connectionId)));
    this.poseThrottle.forget(); // a new connection: nobody has seen this one's pose yet
    this.syncTwinMode(); // the 3D view may have opened or closed while joining
  }

  /** The twin offers this tab's pose every frame while shown; the throttle picks what goes out. */
  private offerPose(read: () => Pose | undefined): void {
    if (this.store.getState().status === 'online' && this.socket.connected) this.poseThrottle.offer(read);
  }

  /** presence:mode 'twin' while the 3D view is shown, and back after. */
  private syncTwinMode(): void {
    if (this.stopped || this.store.getState().status !== 'online') return; // the next join says it
    const mode = this.twinMode.change(isViewingTwin());
    if (!mode) return;
    if (mode === 'twin') this.poseThrottle.forget();
    this.socket.timeout(ACK_TIMEOUT_MS).emit('presence:mode', { mode }, (timedOut, answer) => {
      if (timedOut || !answer.ok) this.twinMode.refused(mode);
    });
  }

  /** One try at sending an op. Never buffered while disconnected: socket.io would send it
   * before the rejoin, where it could only be refused with NOT_JOINED. */
  private sendOp(op: OpRequest): Promise<SendResult> {
    return new Promise((resolve) => {
      if (!this.socket.connected) return resolve({ answered: false });
      this.socket.timeout(ACK_TIMEOUT_MS).emit('op', op, (noAnswer, ack) => resolve(noAnswer ? { answered: false } : { answered: true, ack }));
    });
  }

  private showOutbox({ pending, refused, persistent }: OutboxSnapshot): void {
    if (this.stopped) return;
    this.store.setState((v) => ({ ...v, outbox: pending, refused, outboxPersistent: persistent }));
  }

  private receive(ops: WireOp[]): void {
    if (!this.tracker) return void this.early.push(...ops);
    this.handle(this.tracker.receive(ops));
  }

  private poll(): void {
    if (this.tracker) this.handle(this.tracker.poll());
  }

  private handle(result: ReturnType<SeqTracker['poll']>): void {
    if (result.kind === 'ready') {
      if (result.ops.length) this.store.setState((v) => withOps(v, result.ops));
      return;
    }
    // A seq stayed missing: ask for a replay and hold the stream until it arrives.
    const tracker = this.tracker;
    this.tracker = null;
    this.socket.timeout(ACK_TIMEOUT_MS).emit('sync:request', { lastSeq: result.fromSeq }, (timedOut, answer) => {
      if (this.stopped) return;
      if (timedOut || !answer.ok) return void this.socket.disconnect().connect(); // rejoin catches up
      const siteId = this.store.getState().joined?.site.id ?? '';
      this.store.setState((v) => withSync(v, siteId, answer.sync));
      tracker?.resetTo(this.store.getState().log?.seq ?? answer.sync.headSeq);
      this.tracker = tracker;
      const early = this.early;
      this.early = [];
      if (early.length) this.receive(early);
    });
  }

  private onConnectError(err: Error): void {
    const fatal = fatalConnectError(err);
    if (fatal) return this.fail(fatal, true);
    const everJoined = this.store.getState().joined !== null;
    if (!navigator.onLine) return this.setStatus('offline');
    // Still retrying: say so, and after the first failure of a first visit also say why.
    this.store.setState((v) => ({
      ...v,
      status: everJoined ? 'reconnecting' : 'connecting',
      problem: everJoined ? v.problem : { code: 'NETWORK', fatal: false },
    }));
  }

  private fail(code: AppErrorCode, fatal: boolean): void {
    const problem: SessionProblem = { code, fatal };
    if (fatal) {
      this.stopped = true;
      this.socket.disconnect();
    }
    this.store.setState((v) => ({ ...v, problem, status: fatal ? 'stopped' : v.status }));
  }

  private setStatus(status: ConnectionStatus): void {
    this.store.setState((v) => (v.status === status ? v : { ...v, status }));
  }

  private readonly onOffline = () => this.setStatus('offline');
  private readonly onOnline = () => {
    if (this.socket.connected) return;
    this.setStatus('reconnecting');
    // The backoff may be waiting several seconds; the network is back now.
    if (!this.stopped && !this.socket.active) this.socket.connect();
  };
}
