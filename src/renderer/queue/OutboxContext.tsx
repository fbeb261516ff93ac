import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import type { OutboxItem, OutboxState, UploadProgress } from '../../shared/contract/outbox.ts';
import type { ContractError } from '../../shared/contract/result.ts';
import { useApi } from '../api/ApiContext.tsx';

/** Something about the queue worth telling the person wherever they are in the app. */
export interface OutboxNews {
  seq: number;
  event: 'delivered' | 'attention';
  kind: OutboxItem['kind'];
}

type DeliveredListener = (item: OutboxItem) => void;

export interface OutboxView {
  /** Null until the first answer. */
  items: OutboxItem[] | null;
  error: ContractError | null;
  /** The latest byte count per operation being sent, from uploadProgress. */
  progress: ReadonlyMap<string, UploadProgress>;
  news: OutboxNews | null;
  /** Called when an operation is seen to become delivered (the document list asks again). */
  onDelivered: (listener: DeliveredListener) => () => void;
}

const EMPTY: OutboxView = { items: null, error: null, progress: new Map(), news: null, onDelivered: () => () => undefined };
const OutboxContext = createContext<OutboxView>(EMPTY);

const PENDING: readonly OutboxState[] = ['queued', 'sending', 'attention'];

/**
 * The queue as main keeps it, for the whole unlocked frame: the Kö area, the menu badge and the
 * document lists all read this one copy, asked again on every outboxChanged. It lives under the
 * frame, so a lock drops it with everything else.
 */
export function OutboxProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [items, setItems] = useState<OutboxItem[] | null>(null);
  const [error, setError] = useState<ContractError | null>(null);
  const [progress, setProgress] = useState<ReadonlyMap<string, UploadProgress>>(new Map());
  const [news, setNews] = useState<OutboxNews | null>(null);
  const listeners = useRef(new Set<DeliveredListener>());
  const [onDelivered] = useState(() => (listener: DeliveredListener) => {
    listeners.current.add(listener);
    return () => void listeners.current.delete(listener);
  });

  useEffect(() => {
    let live = true;
    let asked = 0;
    let answered = 0;
    let seq = 0;
    // States of the previous answer: a change between two answers is what happened.
    let known: Map<string, OutboxState> | null = null;

    const load = () => {
      const mine = ++asked;
      void api.listOutbox().then((result) => {
        // Answers can overtake each other; an older one never replaces a newer one.
        if (!live || mine < answered) return;
        answered = mine;
        if (!result.ok) {
          setError(result.error);
          return;
        }
        const next = result.value;
        const before = known;
        known = new Map(next.map((item) => [item.opId, item.state]));
        setError(null);
        setItems(next);
        setProgress((current) => withoutFinished(current, next));
        if (!before) return;
        for (const item of next) {
          const was = before.get(item.opId);
          if (was === undefined || was === item.state) continue;
          if (item.state === 'delivered') {
            for (const listener of listeners.current) listener(item);
            setNews({ seq: ++seq, event: 'delivered', kind: item.kind });
          } else if (item.state === 'attention') {
            setNews({ seq: ++seq, event: 'attention', kind: item.kind });
          }
        }
      });
    };

    load();
    const offChanged = api.onOutboxChanged(() => load());
    const offProgress = api.onUploadProgress((p) => setProgress((current) => new Map(current).set(p.opId, p)));
    return () => {
      live = false;
      offChanged();
      offProgress();
    };
  }, [api]);

  return <OutboxContext.Provider value={{ items, error, progress, news, onDelivered }}>{children}</OutboxContext.Provider>;
}

/** Live counts matter only while an operation is on its way; afterwards the list's own figures hold. */
function withoutFinished(progress: ReadonlyMap<string, UploadProgress>, items: readonly OutboxItem[]): ReadonlyMap<string, UploadProgress> {
  const sending = new Set(items.filter((i) => i.state === 'sending').map((i) => i.opId));
  if ([...progress.keys()].every((opId) => sending.has(opId))) return progress;
  return new Map([...progress].filter(([opId]) => sending.has(opId)));
}

export function useOutbox(): OutboxView {
  return useContext(OutboxContext);
}

/** What the menu badge shows: everything not yet delivered, and of that what needs the person. */
export function useOutboxCounts(): { pending: number; attention: number } {
  const { items } = useOutbox();
  const pending = items?.filter((i) => PENDING.includes(i.state)).length ?? 0;
  const attention = items?.filter((i) => i.state === 'attention').length ?? 0;
  return { pending, attention };
}

/** Runs `onDelivery` when a submission is delivered: its documents are about to be listed. */
export function useOutboxDelivered(onDelivery: () => void): void {
  const { onDelivered } = useOutbox();
  const latest = useRef(onDelivery);
  useEffect(() => {
    latest.current = onDelivery;
  });
  useEffect(() => onDelivered(() => latest.current()), [onDelivered]);
}
