import { useEffect, useState } from 'react';
import type { AppStatus } from '../../shared/contract/schemas.ts';
import { useApi } from '../api/ApiContext.tsx';

/** The current status, kept current by the host's statusChanged events. */
export function useAppStatus(): AppStatus | null {
  const api = useApi();
  const [status, setStatus] = useState<AppStatus | null>(null);
  useEffect(() => {
    let live = true;
    const off = api.onStatusChanged((next) => setStatus(next));
    void api.getStatus().then((result) => {
      if (live && result.ok) setStatus((current) => current ?? result.value);
    });
    return () => {
      live = false;
      off();
    };
  }, [api]);
  return status;
}
