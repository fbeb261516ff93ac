import { useCallback, useEffect, useRef, useState } from 'react';
import type { SaveProgress } from '../../shared/contract/appointments.ts';
import type { ContractError } from '../../shared/contract/result.ts';
import type { HostKind } from '../../shared/contract/schemas.ts';
import { ApiError } from '../api/api.ts';
import { useApi } from '../api/ApiContext.tsx';
import { allDocuments, saveAllToDirectory } from './browser-save.ts';

export type SaveAllState =
  | { step: 'idle' }
  /** Waiting for the person to pick a folder: nothing to show yet, but no second start. */
  | { step: 'choosing' }
  | { step: 'running'; done: number; total: number; failed: number }
  | { step: 'done'; saved: number; total: number; failed: number; cancelled: boolean }
  | { step: 'unsupported' }
  | { step: 'error'; error: ContractError | null };

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/**
 * "Ladda ner alla dokument" for one individual. Electron: main asks for the folder and writes,
 * reporting saveProgress. Browser host: the page asks for the folder (File System Access API)
 * and streams each document into it; where the API is missing the person is told to save one
 * at a time. Cancel stops after removing the file being written, in both.
 */
export function useSaveAll(host: HostKind | null, appointmentId: string) {
  const api = useApi();
  const [state, setState] = useState<SaveAllState>({ step: 'idle' });
  const abort = useRef<AbortController | null>(null);
  const last = useRef<SaveProgress | null>(null);
  const mainSaving = useRef(false);

  const show = useCallback((progress: SaveProgress) => {
    last.current = progress;
    setState({ step: 'running', done: progress.done, total: progress.total, failed: progress.failed });
  }, []);

  // Main's progress belongs to the save this page started; any other is not this page's.
  useEffect(
    () =>
      api.onSaveProgress((progress) => {
        if (mainSaving.current) show(progress);
      }),
    [api, show],
  );

  async function inElectron() {
    last.current = null;
    mainSaving.current = true;
    setState({ step: 'choosing' });
    const result = await api.saveAllDocuments({ appointmentId }).finally(() => {
      mainSaving.current = false;
    });
    const progress = last.current as SaveProgress | null;
    if (!result.ok) return setState({ step: 'error', error: result.error });
    // Cancelled in the folder dialog: nothing was saved and nothing needs saying.
    if (result.value.cancelled && progress === null) return setState({ step: 'idle' });
    setState({
      step: 'done',
      saved: result.value.saved,
      total: progress?.total ?? result.value.saved,
      failed: progress?.failed ?? 0,
      cancelled: result.value.cancelled,
    });
  }

  async function inBrowser() {
    if (typeof window.showDirectoryPicker !== 'function') return setState({ step: 'unsupported' });
    setState({ step: 'choosing' });
    let dir: FileSystemDirectoryHandle;
    try {
      dir = await window.showDirectoryPicker({ id: 'documents', mode: 'readwrite' });
    } catch (error) {
      return setState(isAbort(error) ? { step: 'idle' } : { step: 'error', error: null });
    }
    const controller = new AbortController();
    abort.current = controller;
    try {
      const items = await allDocuments(api, appointmentId);
      const result = await saveAllToDirectory(api, dir, items, controller.signal, show);
      setState({ step: 'done', saved: result.saved, total: items.length, failed: result.failed, cancelled: result.cancelled });
    } catch (error) {
      setState({ step: 'error', error: error instanceof ApiError ? error.error : null });
    } finally {
      abort.current = null;
    }
  }

  const busy = state.step === 'choosing' || state.step === 'running';
  return {
    state,
    busy,
    start: () => {
      if (busy || host === null) return;
      void (host === 'electron' ? inElectron() : inBrowser());
    },
    cancel: () => {
      if (abort.current) abort.current.abort();
      else void api.cancelSaveAll();
    },
    dismiss: () => setState({ step: 'idle' }),
  };
}
