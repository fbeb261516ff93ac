import type { AppStatus } from '../../shared/contract/schemas.ts';
import { ContentTokens } from '../documents/content-tokens.ts';
import { osKeychain } from '../keychain/keychain.ts';
import { Staging } from '../outbox/staging.ts';
import { ProfileRegistry } from '../profiles/registry.ts';
import type { EmitEvent, Handlers, InternalHandlers } from '../rpc/handlers.ts';
import { SessionManager } from '../session/session-manager.ts';
import { PreferencesStore } from '../settings/preferences.ts';
import { DEFAULT_PREFETCH_BUDGET_BYTES } from '../sync/prefetch.ts';
import { SyncScheduler } from '../sync/scheduler.ts';
import type { CoreConfig } from './config.ts';
import { ConnectionMonitor } from './connection-monitor.ts';
import { appointmentHandlers } from './handlers/appointments.ts';
import { outboxFeature } from './handlers/outbox.ts';
import { sessionHandlers } from './handlers/session.ts';

export interface Core {
  handlers: Handlers;
  internal: InternalHandlers;
  content: ContentTokens;
  close(): Promise<void>;
}

const IDLE_STATUS: AppStatus['sync'] = { running: false, progress: null, lastSyncedAt: null, problem: null, clockSkewSeconds: null };

/** Composes the main-process services into one object that implements the contract. */
export function createCore(config: CoreConfig, emit: EmitEvent): Core {
  const preferences = new PreferencesStore(config.dataDir);
  const content = new ContentTokens();
  let scheduler: SyncScheduler | null = null;

  const status = (): AppStatus => ({ ...monitor.state, sync: scheduler?.status ?? IDLE_STATUS });
  const emitStatus = () => emit('statusChanged', status());

  const monitor = new ConnectionMonitor(config.agencyUrl, (_state, regained) => {
    emitStatus();
    if (regained) {
      void scheduler?.request();
      outbox.networkRegained();
    }
  });
  monitor.start(config.connectionCheckSeconds ?? 30);

  const session = new SessionManager({
    agencyUrl: config.agencyUrl,
    registry: new ProfileRegistry(config.dataDir),
    keychain: osKeychain(config.keychainService),
    idleLockMs: (config.idleLockMinutes ?? 30) * 60_000,
    ...(config.kdfCost ? { kdfCost: config.kdfCost } : {}),
    onChange: (next) => emit('sessionChanged', next),
    onReachability: (reached) => monitor.report(reached),
    // Bound late: the outbox needs the session, the session asks the outbox about unsent work.
    unsent: { count: (profile) => outbox.unsent.count(profile), discard: (profile) => outbox.unsent.discard(profile) },
    onUnlocked: (profile) => {
      content.setStore(profile.files);
      if (scheduler) {
        void scheduler.request();
        outbox.kick();
        return;
      }
      outbox.start(profile);
      scheduler = new SyncScheduler(profile, {
        intervalMs: (config.syncIntervalSeconds ?? 300) * 1000,
        prefetchBudgetBytes: config.prefetchBudgetBytes ?? DEFAULT_PREFETCH_BUDGET_BYTES,
        onStatus: emitStatus,
        onChanged: (kinds) => emit('dataChanged', { kinds }),
        onIdentity: (me) => session.identityChanged(me),
        onReachability: (reached) => monitor.report(reached),
      });
      void scheduler.start();
    },
    onLocking: async () => {
      content.setStore(null);
      await outbox.stop();
      const running = scheduler;
      scheduler = null;
      await running?.stop();
      emitStatus();
    },
  });

  const appointments = appointmentHandlers(session, content, emit);
  const outbox = outboxFeature(session, new Staging(), emit, () => void scheduler?.request());
  const handlers: Handlers = {
    getAppInfo: () => ({
      name: 'Biträde Desktop',
      version: config.version,
      host: config.host,
      platform: process.platform,
      agencyOrigin: new URL(config.agencyUrl).origin,
      demoAgency: config.demoAgency,
    }),
    getStatus: () => status(),
    checkConnection: async () => {
      await monitor.check();
      return status();
    },
    getPreferences: () => preferences.get(),
    setLanguage: ({ language }) => {
      const next = preferences.update({ language });
      emit('preferencesChanged', next);
      return next;
    },
    syncNow: async () => {
      await scheduler?.request();
      return status();
    },
    ...sessionHandlers(session),
    ...appointments.handlers,
    ...outbox.handlers,
  };

  return {
    handlers,
    internal: { ...appointments.internal, ...outbox.internal },
    content,
    close: async () => {
      monitor.stop();
      await session.close();
    },
  };
}
