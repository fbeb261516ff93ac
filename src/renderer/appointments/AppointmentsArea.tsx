import { useState } from 'react';
import type { Connection, HostKind } from '../../shared/contract/schemas.ts';
import { AppointmentListPage } from './AppointmentListPage.tsx';
import { OverviewPage } from './OverviewPage.tsx';
import { useAppointmentList } from './useAppointmentList.ts';
import { usePurgeNotices } from './usePurgeNotices.ts';

type Route = { page: 'list'; returning: boolean } | { page: 'overview'; appointmentId: string };

interface AppointmentsAreaProps {
  host: HostKind | null;
  connection: Connection;
  /** Counts clicks on "Förordnanden" in the menu: a click while in an overview goes to the list. */
  menuClicks: number;
}

/**
 * The Förordnanden area: the list and the individual overviews, navigated inside the app. The
 * list's state lives here, so coming back finds the same filter, sort and place.
 */
export function AppointmentsArea({ host, connection, menuClicks }: AppointmentsAreaProps) {
  const list = useAppointmentList();
  const purge = usePurgeNotices();
  const [route, setRoute] = useState<Route>({ page: 'list', returning: false });
  const [seenClicks, setSeenClicks] = useState(menuClicks);
  if (seenClicks !== menuClicks) {
    setSeenClicks(menuClicks);
    setRoute({ page: 'list', returning: false });
  }

  if (route.page === 'overview') {
    return (
      <OverviewPage
        key={route.appointmentId}
        appointmentId={route.appointmentId}
        host={host}
        connection={connection}
        onBack={() => setRoute({ page: 'list', returning: true })}
        onOpenMember={(appointmentId) => setRoute({ page: 'overview', appointmentId })}
        onGone={() => {
          purge.check();
          setRoute({ page: 'list', returning: false });
        }}
      />
    );
  }
  return (
    <AppointmentListPage
      list={list}
      notices={purge.notices}
      onDismissNotices={() => void purge.dismiss()}
      returning={route.returning}
      onOpen={(row) => setRoute({ page: 'overview', appointmentId: row.appointmentId })}
    />
  );
}
