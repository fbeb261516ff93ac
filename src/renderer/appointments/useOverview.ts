import { useEffect, useRef, useState } from 'react';
import type { Overview } from '../../shared/contract/appointments.ts';
import type { ContractError } from '../../shared/contract/result.ts';
import { useApi } from '../api/ApiContext.tsx';
import { useDataChanged } from '../api/useDataChanged.ts';

/** What the overview shows apart from the document list, which follows 'document' itself. */
const OVERVIEW_KINDS = ['appointment', 'individual', 'group', 'workplace'];

interface Loaded {
  appointmentId: string;
  overview: Overview | null;
  error: ContractError | null;
}

/**
 * One appointment's overview, asked again when its data changes. When main no longer has it
 * (purged after a sync), `onGone` is called: the page cannot show what is not on this computer.
 */
export function useOverview(appointmentId: string, onGone: () => void) {
  const api = useApi();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [version, setVersion] = useState(0);
  const gone = useRef(onGone);
  useEffect(() => {
    gone.current = onGone;
  });
  useDataChanged(OVERVIEW_KINDS, () => setVersion((v) => v + 1));

  useEffect(() => {
    let live = true;
    void api.getOverview({ appointmentId }).then((result) => {
      if (!live) return;
      if (result.ok) setLoaded({ appointmentId, overview: result.value, error: null });
      else if (result.error.code === 'NOT_FOUND') gone.current();
      else setLoaded((prev) => ({ appointmentId, overview: prev?.appointmentId === appointmentId ? prev.overview : null, error: result.error }));
    });
    return () => {
      live = false;
    };
  }, [api, appointmentId, version]);

  const current = loaded?.appointmentId === appointmentId ? loaded : null;
  return { overview: current?.overview ?? null, error: current?.error ?? null };
}
