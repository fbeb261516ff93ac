import { useCallback, useEffect, useReducer } from 'react';
import type { ContractError, Result } from '../../shared/contract/result.ts';
import type { Session } from '../../shared/contract/session.ts';
import { useApi } from '../api/ApiContext.tsx';

export interface SessionView {
  session: Session | null;
  /** Counts unlocks: the unlocked subtree is keyed by it, so a new unlock never reuses old state. */
  unlocks: number;
  /** Why the first getSession failed, when it did. */
  loadError: ContractError | null;
}

type Action = { type: 'session'; session: Session; initial: boolean } | { type: 'loadFailed'; error: ContractError };

function reduce(view: SessionView, action: Action): SessionView {
  if (action.type === 'loadFailed') return view.session ? view : { ...view, loadError: action.error };
  // An event may overtake the first getSession answer; the answer must not put an older state back.
  if (action.initial && view.session) return view;
  const entering = action.session.state === 'unlocked' && view.session?.state !== 'unlocked';
  return { session: action.session, unlocks: view.unlocks + (entering ? 1 : 0), loadError: null };
}

/**
 * The session as main reports it, from getSession, sessionChanged events and the answers to
 * session methods. `apply` takes such an answer and returns its error, if any.
 */
export function useSessionState() {
  const api = useApi();
  const [view, dispatch] = useReducer(reduce, { session: null, unlocks: 0, loadError: null });

  const load = useCallback(() => {
    void api.getSession().then((result) => {
      if (result.ok) dispatch({ type: 'session', session: result.value, initial: true });
      else dispatch({ type: 'loadFailed', error: result.error });
    });
  }, [api]);

  useEffect(() => {
    const off = api.onSessionChanged((session) => dispatch({ type: 'session', session, initial: false }));
    load();
    return off;
  }, [api, load]);

  const apply = useCallback(async (pending: Promise<Result<Session>>): Promise<ContractError | null> => {
    const result = await pending;
    if (!result.ok) return result.error;
    dispatch({ type: 'session', session: result.value, initial: false });
    return null;
  }, []);

  return { ...view, apply, reload: load };
}
