import { useState } from 'react';
import type { ContractError } from '../../shared/contract/result.ts';
import type { HostKind } from '../../shared/contract/schemas.ts';
import { useApi } from '../api/ApiContext.tsx';
import { useApplySession } from './SessionContext.tsx';

function openInNewTab(url: string) {
  window.open(url, '_blank', 'noopener');
}

/**
 * Starting, reopening and cancelling the e-legitimation sign-in. The Electron host opens the
 * system browser itself; the browser host cannot, so the page opens the agency's page in a new tab.
 */
export function useSignIn(host: HostKind | null) {
  const api = useApi();
  const apply = useApplySession();
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<ContractError | null>(null);

  async function begin() {
    if (starting) return;
    setStarting(true);
    setError(null);
    const result = await api.beginSignIn();
    setStarting(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    if (!result.value.openedExternally) openInNewTab(result.value.authorizeUrl);
  }

  /** The browser host can reopen the same page; Electron has no call for that, so it starts anew. */
  async function openAgain(authorizeUrl: string) {
    if (host === 'browser') openInNewTab(authorizeUrl);
    else await begin();
  }

  async function cancel() {
    setError(await apply(api.cancelSignIn()));
  }

  return { starting, error, begin, openAgain, cancel };
}
