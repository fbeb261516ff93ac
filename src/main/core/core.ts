import type { AppStatus } from '../../shared/contract/schemas.ts';
import type { EmitEvent, Handlers } from '../rpc/handlers.ts';
import { PreferencesStore } from '../settings/preferences.ts';
import type { CoreConfig } from './config.ts';
import { ConnectionMonitor } from './connection-monitor.ts';

export interface Core {
  handlers: Handlers;
  close(): Promise<void>;
}

/** Composes the main-process services into one object that implements the contract. */
export function createCore(config: CoreConfig, emit: EmitEvent): Core {
  const preferences = new PreferencesStore(config.dataDir);
  const status = (): AppStatus => ({
    ...monitor.state,
    sync: { state: 'idle', lastSyncedAt: null },
  });
  const monitor = new ConnectionMonitor(config.agencyUrl, () => emit('statusChanged', status()));
  monitor.start(config.connectionCheckSeconds ?? 30);

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
  };

  return {
    handlers,
    close: async () => {
      monitor.stop();
    },
  };
}
