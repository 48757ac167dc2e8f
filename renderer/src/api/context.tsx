import { createContext, useContext, type ReactNode } from 'react';
import type { ApiCall } from '../../../shared/api/client';

const ApiContext = createContext<ApiCall | null>(null);

/** Makes the transport chosen at startup available to every feature. */
export function ApiProvider({ call, children }: { call: ApiCall; children: ReactNode }) {
  return <ApiContext.Provider value={call}>{children}</ApiContext.Provider>;
}

export function useApi(): ApiCall {
  const call = useContext(ApiContext);
  if (!call) throw new Error('useApi must be used inside <ApiProvider>');
  return call;
}
