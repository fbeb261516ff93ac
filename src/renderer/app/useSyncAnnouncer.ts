import { useCallback, useEffect, useReducer } from 'react';
import type { SyncStatus } from '../../shared/contract/schemas.ts';
import { useApi } from '../api/ApiContext.tsx';

interface Announcer {
  /** The person pressed "Synka nu" and has not yet heard how it went. */
  requested: boolean;
  message: 'started' | 'done' | null;
}

type Action = { type: 'requested' } | { type: 'sync'; sync: SyncStatus };

function reduce(state: Announcer, action: Action): Announcer {
  if (action.type === 'requested') return { requested: true, message: null };
  if (!state.requested) return state;
  if (action.sync.running) return state.message === 'started' ? state : { ...state, message: 'started' };
  if (state.message !== 'started') return state;
  // A problem is announced by its own region; "done" would contradict it.
  return { requested: false, message: action.sync.problem ? null : 'done' };
}

/**
 * What the status area says aloud about syncing. Background syncs run every few minutes and
 * progress changes many times a second, so only a sync the person asked for is announced.
 */
export function useSyncAnnouncer() {
  const api = useApi();
  const [state, dispatch] = useReducer(reduce, { requested: false, message: null });
  useEffect(() => api.onStatusChanged((status) => dispatch({ type: 'sync', sync: status.sync })), [api]);
  const requested = useCallback(() => dispatch({ type: 'requested' }), []);
  const observed = useCallback((sync: SyncStatus) => dispatch({ type: 'sync', sync }), []);
  return { message: state.message, requested, observed };
}
