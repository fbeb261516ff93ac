import { useCallback, useEffect, useState } from 'react';
import type { PurgeNotice } from '../../shared/contract/appointments.ts';
import { useApi } from '../api/ApiContext.tsx';
import { useDataChanged } from '../api/useDataChanged.ts';

/**
 * Appointments that left this computer since the person last said OK (B2). Asked on mount and
 * after every data change, since a purge arrives as one; `check` asks again at once.
 */
export function usePurgeNotices() {
  const api = useApi();
  const [notices, setNotices] = useState<PurgeNotice[]>([]);
  const [version, setVersion] = useState(0);
  const check = useCallback(() => setVersion((v) => v + 1), []);
  useDataChanged(null, check);

  useEffect(() => {
    let live = true;
    void api.listPurgeNotices().then((result) => {
      if (live && result.ok) setNotices(result.value);
    });
    return () => {
      live = false;
    };
  }, [api, version]);

  const dismiss = useCallback(async () => {
    const result = await api.dismissPurgeNotices();
    if (result.ok) setNotices([]);
  }, [api]);

  return { notices, check, dismiss };
}
