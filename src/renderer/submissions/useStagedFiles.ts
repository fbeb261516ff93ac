import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InlagaDocumentType } from '../../shared/agency/documents.ts';
import type { PdfMessage } from '../../shared/pdf/pdf-verdict.ts';
import { useApi } from '../api/ApiContext.tsx';
import { StagingRunner, type StagingResult } from './staging-runner.ts';

/** A file the person added: being checked, or checked and ready to send. */
export interface StagedDocument {
  key: string;
  /** The local file, for the thumbnail: drawn here, never sent back and forth. */
  file: File;
  name: string;
  status: 'checking' | 'ready';
  stagedId: string | null;
  pages: number;
  size: number;
  documentType: InlagaDocumentType | '';
  title: string;
}

/** Why a file was not added, shown on its own row until the person dismisses it. */
export type FileNotice =
  | { key: string; name: string; kind: 'refused'; message: PdfMessage }
  | { key: string; name: string; kind: 'duplicate'; other: string }
  | { key: string; name: string; kind: 'failed' | 'locked' };

let keys = 0;

/**
 * The documents of a submission being put together. Each file goes to the host to be checked
 * (by content: a renamed photo is refused) and kept encrypted; a refused one is not added and
 * says why. Main keeps one staged copy per content, so a file added twice is added once, and a
 * staged copy is forgotten (discardStaged) only when nothing here holds it any more.
 */
export function useStagedFiles() {
  const api = useApi();
  const { t } = useTranslation();
  const [documents, setDocuments] = useState<StagedDocument[]>([]);
  const [notices, setNotices] = useState<FileNotice[]>([]);
  const [said, setSaid] = useState<{ seq: number; text: string } | null>(null);
  const runner = useRef<StagingRunner | null>(null);
  /** stagedId → the name of the document holding it; kept in step at once, unlike state. */
  const held = useRef(new Map<string, string>());
  /** Names of files on their way, for what is said when their answer comes. */
  const names = useRef(new Map<string, string>());

  const say = useCallback((text: string) => setSaid((s) => ({ seq: (s?.seq ?? 0) + 1, text })), []);

  const onResult = useCallback(
    ({ key, outcome, abandoned }: StagingResult) => {
      const name = names.current.get(key) ?? '';
      names.current.delete(key);
      const accepted = outcome.kind === 'checked' && outcome.file.verdict.ok ? outcome.file : null;
      if (abandoned) {
        // Checked after the person let it go: main must not keep it, unless another row holds it.
        if (accepted && !held.current.has(accepted.stagedId)) void api.discardStaged({ stagedId: accepted.stagedId });
        return;
      }
      const drop = () => setDocuments((docs) => docs.filter((d) => d.key !== key));
      if (accepted) {
        const holder = held.current.get(accepted.stagedId);
        if (holder !== undefined) {
          drop();
          setNotices((n) => [...n, { key, name, kind: 'duplicate', other: holder }]);
          return;
        }
        const pages = accepted.verdict.ok ? accepted.verdict.pages : 0;
        held.current.set(accepted.stagedId, name);
        setDocuments((docs) => docs.map((d) => (d.key === key ? { ...d, status: 'ready', stagedId: accepted.stagedId, pages, size: accepted.size } : d)));
        say(t('compose.added', { name, pages: t('compose.pages', { count: pages }) }));
        return;
      }
      drop();
      const verdict = outcome.kind === 'checked' ? outcome.file.verdict : null;
      const notice: FileNotice =
        verdict && !verdict.ok ? { key, name, kind: 'refused', message: verdict.message } : { key, name, kind: outcome.kind === 'locked' ? 'locked' : 'failed' };
      setNotices((n) => [...n, notice]);
    },
    [api, say, t],
  );

  // The latest handler without restarting the runner (and asking for a new token) on each render.
  const latest = useRef(onResult);
  useEffect(() => {
    latest.current = onResult;
  });
  useEffect(() => {
    const created = new StagingRunner(api, (result) => latest.current(result));
    runner.current = created;
    return () => created.close();
  }, [api]);

  function add(files: readonly File[]) {
    const added = files.map((file) => ({ key: `f${++keys}`, file }));
    for (const { key, file } of added) names.current.set(key, file.name);
    setDocuments((docs) => [
      ...docs,
      ...added.map(({ key, file }): StagedDocument => ({ key, file, name: file.name, status: 'checking', stagedId: null, pages: 0, size: file.size, documentType: '', title: '' })),
    ]);
    for (const { key, file } of added) runner.current?.add(key, file);
  }

  function remove(key: string) {
    const doc = documents.find((d) => d.key === key);
    if (!doc) return;
    setDocuments((docs) => docs.filter((d) => d.key !== key));
    say(t('compose.removed', { name: doc.name }));
    if (doc.stagedId === null) {
      runner.current?.abandon(key);
      return;
    }
    held.current.delete(doc.stagedId);
    void api.discardStaged({ stagedId: doc.stagedId });
  }

  function update(key: string, patch: Partial<Pick<StagedDocument, 'documentType' | 'title'>>) {
    setDocuments((docs) => docs.map((d) => (d.key === key ? { ...d, ...patch } : d)));
  }

  /** The person closed the dialog and said yes to losing what they added. */
  async function discardAll(): Promise<void> {
    const ids = [...held.current.keys()];
    held.current.clear();
    for (const doc of documents) if (doc.stagedId === null) runner.current?.abandon(doc.key);
    setDocuments([]);
    await Promise.all(ids.map((stagedId) => api.discardStaged({ stagedId })));
  }

  /** Queued: main has taken the staged files over, so nothing is discarded. */
  function handedOver() {
    held.current.clear();
    setDocuments([]);
  }

  return {
    documents,
    notices,
    said,
    add,
    remove,
    update,
    discardAll,
    handedOver,
    dismissNotice: (key: string) => setNotices((n) => n.filter((x) => x.key !== key)),
  };
}

export type StagedFiles = ReturnType<typeof useStagedFiles>;
