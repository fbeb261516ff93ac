import { useEffect, useState } from 'react';
import type { AppInfo } from '../../shared/contract/schemas.ts';
import { useApi } from '../api/ApiContext.tsx';

/** Which host and agency the app runs against; asked once. */
export function useAppInfo(): AppInfo | null {
  const api = useApi();
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    let live = true;
    void api.getAppInfo().then((result) => {
      if (live && result.ok) setInfo(result.value);
    });
    return () => {
      live = false;
    };
  }, [api]);
  return info;
}
