import { createContext, useContext } from 'react';
import type { Area } from './areas.ts';

const NavigationContext = createContext<(area: Area) => void>(() => undefined);

/** Moving to another area from inside one (a dialog's "Visa kön"), as the menu would. */
export const NavigationProvider = NavigationContext.Provider;

export function useGoTo(): (area: Area) => void {
  return useContext(NavigationContext);
}
