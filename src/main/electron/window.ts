import { BrowserWindow, screen } from 'electron';
import { APP_ENTRY } from '../security/app-origin.ts';
import { DEFAULT_SIZE, MIN_SIZE, loadWindowState, saveWindowState, type WindowState } from '../settings/window-state.ts';

export function createMainWindow(dataDir: string, preloadPath: string): BrowserWindow {
  const saved = loadWindowState(
    dataDir,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const window = new BrowserWindow({
    ...(saved?.bounds ?? DEFAULT_SIZE),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'Biträde Desktop',
    backgroundColor: '#f6f7f9',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
      navigateOnDragDrop: false,
    },
  });
  if (saved?.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());

  // Remember where the person put the window, written when it closes, not on every pixel moved.
  window.on('close', () => {
    const state: WindowState = { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
    saveWindowState(dataDir, state);
  });
  void window.loadURL(APP_ENTRY);
  return window;
}
