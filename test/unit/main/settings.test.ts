import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHostArgs } from '../../../src/main/host/args.ts';
import { PreferencesStore } from '../../../src/main/settings/preferences.ts';
import { restorableState } from '../../../src/main/settings/window-state.ts';

const dir = () => mkdtempSync(join(tmpdir(), 'prefs-'));

describe('preferences', () => {
  it('start in Swedish', () => {
    expect(new PreferencesStore(dir()).get().language).toBe('sv');
  });
  it('remember the chosen language across restarts', () => {
    const d = dir();
    new PreferencesStore(d).update({ language: 'en' });
    expect(new PreferencesStore(d).get().language).toBe('en');
  });
  it('fall back to Swedish when the file is damaged', () => {
    const d = dir();
    writeFileSync(join(d, 'preferences.json'), '{"language": "klingon"');
    expect(new PreferencesStore(d).get().language).toBe('sv');
  });
  it('are written whole, readable as JSON', () => {
    const d = dir();
    new PreferencesStore(d).update({ language: 'en' });
    expect(JSON.parse(readFileSync(join(d, 'preferences.json'), 'utf8'))).toEqual({ language: 'en' });
  });
});

describe('window position', () => {
  const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];
  it('is restored where the person left it', () => {
    const saved = { bounds: { x: 100, y: 80, width: 1200, height: 800 }, maximized: true };
    expect(restorableState(saved, screen)).toEqual(saved);
  });
  it('is forgotten when the screen it was on is gone', () => {
    expect(restorableState({ bounds: { x: 2500, y: 0, width: 1200, height: 800 }, maximized: false }, screen)).toBeUndefined();
  });
  it('never restores a window smaller than the minimum', () => {
    expect(restorableState({ bounds: { x: 0, y: 0, width: 10, height: 10 }, maximized: false }, screen)?.bounds).toMatchObject({
      width: 900,
      height: 600,
    });
  });
  it('ignores a damaged file', () => {
    expect(restorableState({ bounds: { x: 'a' } }, screen)).toBeUndefined();
    expect(restorableState(undefined, screen)).toBeUndefined();
  });
});

describe('host options', () => {
  it('point the app at another agency with --agency', () => {
    expect(parseHostArgs(['--agency', 'https://agency.example/']).agencyUrl).toBe('https://agency.example');
  });
  it('refuse an agency over plain http unless it runs on this machine', () => {
    expect(() => parseHostArgs(['--agency=http://agency.example'])).toThrow(/https/);
    expect(parseHostArgs(['--agency=http://127.0.0.1:4010']).agencyUrl).toBe('http://127.0.0.1:4010');
  });
});
