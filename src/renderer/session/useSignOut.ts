import { useState } from 'react';
import type { ContractError } from '../../shared/contract/result.ts';
import { useApi } from '../api/ApiContext.tsx';
import { useApplySession } from './SessionContext.tsx';

/** Where the sign-out question stands: nothing asked, asked about unsent work, or confirming a discard. */
export type SignOutStep = { step: 'idle' } | { step: 'ask'; count: number } | { step: 'confirmDiscard'; count: number };

/**
 * Sign-out keeps unsent work unless the person explicitly discards it: with unsent work it asks,
 * keeping is the default answer, and discarding needs a second confirmation.
 */
export function useSignOut() {
  const api = useApi();
  const apply = useApplySession();
  const [state, setState] = useState<SignOutStep>({ step: 'idle' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ContractError | null>(null);

  async function signOut(discardUnsent: boolean) {
    if (busy) return;
    setBusy(true);
    const failure = await apply(api.signOut({ discardUnsent }));
    setBusy(false);
    setError(failure);
    if (!failure) setState({ step: 'idle' });
  }

  async function start() {
    if (busy) return;
    setError(null);
    setBusy(true);
    const unsent = await api.getUnsentCount();
    setBusy(false);
    if (!unsent.ok) return setError(unsent.error);
    if (unsent.value.count > 0) {
      setState({ step: 'ask', count: unsent.value.count });
      return;
    }
    setBusy(true);
    setError(await apply(api.signOut({ discardUnsent: false })));
    setBusy(false);
  }

  return {
    state,
    busy,
    error,
    start,
    keep: () => void signOut(false),
    askDiscard: () => state.step === 'ask' && setState({ step: 'confirmDiscard', count: state.count }),
    confirmDiscard: () => void signOut(true),
    cancel: () => {
      setError(null);
      setState({ step: 'idle' });
    },
  };
}
