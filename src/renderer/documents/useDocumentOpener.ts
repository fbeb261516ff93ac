import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentProgress, DocumentRow, OpenedDocument } from '../../shared/contract/appointments.ts';
import type { ContractError } from '../../shared/contract/result.ts';
import { useApi } from '../api/ApiContext.tsx';

export type ViewerState =
  | { step: 'closed' }
  | { step: 'fetching'; doc: DocumentRow; progress: DocumentProgress | null }
  | { step: 'failed'; doc: DocumentRow; error: ContractError }
  | { step: 'open'; doc: DocumentRow; opened: OpenedDocument };

/**
 * Opening a document: main makes its content available (fetching it with progress when it is
 * not on this computer yet) and answers where to read it. An answer that arrives after the
 * person closed the viewer, or opened another document, is ignored.
 */
export function useDocumentOpener() {
  const api = useApi();
  const [state, setState] = useState<ViewerState>({ step: 'closed' });
  const attempt = useRef(0);

  useEffect(
    () =>
      api.onDocumentProgress((progress) =>
        setState((s) => (s.step === 'fetching' && s.doc.documentId === progress.documentId ? { ...s, progress } : s)),
      ),
    [api],
  );

  const open = useCallback(
    (doc: DocumentRow) => {
      const mine = ++attempt.current;
      setState({ step: 'fetching', doc, progress: null });
      void api.openDocument({ documentId: doc.documentId }).then((result) => {
        if (attempt.current !== mine) return;
        setState(result.ok ? { step: 'open', doc, opened: result.value } : { step: 'failed', doc, error: result.error });
      });
    },
    [api],
  );

  const close = useCallback(() => {
    attempt.current++;
    setState({ step: 'closed' });
  }, []);

  return { state, open, close };
}
