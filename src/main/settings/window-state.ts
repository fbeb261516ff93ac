import { join } from 'node:path';
import { readJsonFile, writeJsonFileAtomic } from '../util/json-file.ts';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 820 };
export const MIN_SIZE = { width: 900, height: 600 };

function isRect(value: unknown): value is Rect {
  const r = value as Partial<Rect> | null;
  return !!r && [r.x, r.y, r.width, r.height].every((n) => typeof n === 'number' && Number.isFinite(n));
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * The saved window state when it still fits the displays connected now; a laptop undocked from
 * its second screen must not open its window off-screen.
 */
export function restorableState(saved: unknown, workAreas: Rect[]): WindowState | undefined {
  const s = saved as Partial<WindowState> | null;
  if (!s || !isRect(s.bounds)) return undefined;
  const bounds = {
    ...s.bounds,
    width: Math.max(MIN_SIZE.width, Math.round(s.bounds.width)),
    height: Math.max(MIN_SIZE.height, Math.round(s.bounds.height)),
  };
  const visible = workAreas.some((area) => overlap(bounds, area) >= 0.5 * bounds.width * bounds.height);
  return visible ? { bounds, maximized: s.maximized === true } : undefined;
}

export const windowStatePath = (dataDir: string) => join(dataDir, 'window-state.json');
export const loadWindowState = (dataDir: string, workAreas: Rect[]) =>
  restorableState(readJsonFile(windowStatePath(dataDir)), workAreas);
export const saveWindowState = (dataDir: string, state: WindowState) => writeJsonFileAtomic(windowStatePath(dataDir), state);
