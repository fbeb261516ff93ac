import type { Handlers } from '../../rpc/handlers.ts';
import type { SessionManager } from '../../session/session-manager.ts';

type SessionMethods =
  | 'getSession'
  | 'beginSignIn'
  | 'cancelSignIn'
  | 'createProfile'
  | 'chooseProfile'
  | 'unlock'
  | 'lock'
  | 'switchPerson'
  | 'signOut'
  | 'removeProfile'
  | 'selectCounsel'
  | 'getUnsentCount'
  | 'reportActivity';

export function sessionHandlers(session: SessionManager): Pick<Handlers, SessionMethods> {
  return {
    getSession: () => session.session(),
    beginSignIn: async () => ({ ...(await session.beginSignIn()), openedExternally: false }),
    cancelSignIn: () => session.cancelSignIn(),
    createProfile: ({ secret }) => session.createProfile(secret),
    chooseProfile: ({ profileId }) => session.chooseProfile(profileId),
    unlock: ({ profileId, secret }) => session.unlock(profileId, secret),
    lock: () => session.lock('manual'),
    switchPerson: () => session.switchPerson(),
    signOut: ({ discardUnsent }) => session.signOut(discardUnsent),
    removeProfile: ({ profileId }) => session.removeProfile(profileId),
    selectCounsel: ({ counselId }) => session.selectCounsel(counselId),
    getUnsentCount: () => ({ count: session.unsentCount() }),
    reportActivity: () => {
      session.touch();
      return null;
    },
  };
}
