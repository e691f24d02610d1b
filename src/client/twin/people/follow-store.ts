import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/**
 * "Follow the facilitator": on or off, whom, and why it stopped. Shared by the toggle (DOM, in
 * the session chunk: this module must import no three.js) and the follower in the canvas, which
 * reads it with getState() each frame. Changes only on a tap or a stop, never per frame.
 */
export interface FollowState {
  following: boolean;
  /** the facilitator's connection followed now; null while there is none */
  followedConnectionId: string | null;
  /** why following stopped, shown until the person next toggles */
  notice: 'you-moved' | null;
}

const idle: FollowState = { following: false, followedConnectionId: null, notice: null };

export const followStore = createStore<FollowState>()(() => idle);

export function setFollowing(on: boolean): void {
  followStore.setState({ following: on, notice: null, ...(on ? {} : { followedConnectionId: null }) });
}

/** The follower took the camera (walked, dragged, zoomed, chose a viewpoint). */
export function stopFollowingBecauseYouMoved(): void {
  followStore.setState({ following: false, followedConnectionId: null, notice: 'you-moved' });
}

export function setFollowedConnection(connectionId: string | null): void {
  if (followStore.getState().followedConnectionId !== connectionId) followStore.setState({ followedConnectionId: connectionId });
}

/** Back to off, with no notice: the 3D view closed. */
export function resetFollowing(): void {
  followStore.setState(idle, true);
}

export function useFollowState<T>(select: (state: FollowState) => T): T {
  return useStore(followStore, select);
}
