import { createContext, useContext, type ReactNode } from 'react';
import type { ContractError, Result } from '../../shared/contract/result.ts';
import type { Session } from '../../shared/contract/session.ts';

/** Applies the answer of a session method (unlock, lock, …) at once, without waiting for its event. */
export type ApplySession = (pending: Promise<Result<Session>>) => Promise<ContractError | null>;

const SessionContext = createContext<ApplySession | null>(null);

export function SessionProvider({ apply, children }: { apply: ApplySession; children: ReactNode }) {
  return <SessionContext.Provider value={apply}>{children}</SessionContext.Provider>;
}

export function useApplySession(): ApplySession {
  const apply = useContext(SessionContext);
  if (!apply) throw new Error('useApplySession outside SessionProvider');
  return apply;
}
