import { SessionGate } from '../session/SessionGate.tsx';
import { useAppInfo } from './useAppInfo.ts';
import { useAppStatus } from './useAppStatus.ts';

/** The root: connection status and host info are nobody's data, so they live above the session gate. */
export function App() {
  const status = useAppStatus();
  const info = useAppInfo();
  return <SessionGate status={status} info={info} />;
}
