import { createContext, useContext, type ReactNode } from 'react';
import type { Api } from '../../shared/contract/contract.ts';

const ApiContext = createContext<Api | null>(null);

/** Components take the contract from context, so component tests can hand them a fake one. */
export function ApiProvider({ api, children }: { api: Api; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

export function useApi(): Api {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside ApiProvider');
  return api;
}
