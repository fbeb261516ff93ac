import { useEffect } from 'react';
import { useApi } from '../api/ApiContext.tsx';
import { useApplySession } from './SessionContext.tsx';

/** The shortcut as the person's keyboard shows it. */
export function lockShortcutLabel(platform: string): string {
  return platform === 'darwin' ? '⌘L' : 'Ctrl+L';
}

/** Ctrl+L (Cmd+L on a Mac) locks at once, from anywhere in the unlocked app. */
export function useLockShortcut() {
  const api = useApi();
  const apply = useApplySession();
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key.toLowerCase() !== 'l' || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      event.preventDefault();
      void apply(api.lock());
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [api, apply]);
}
