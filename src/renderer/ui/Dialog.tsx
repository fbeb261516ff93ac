import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import './dialog.css';

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

function focusablesIn(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)];
}

interface DialogProps {
  titleId: string;
  descriptionId?: string;
  /** Extra classes for a dialog that needs more room than a question (the document viewer). */
  className?: string;
  /** Escape and the cancel button: closing never performs the dialog's action. */
  onCancel: () => void;
  /**
   * Where focus goes on close instead of the opener, asked at that moment: for a dialog whose
   * action removes what opened it (a withdrawn item leaves its list). Null keeps the opener.
   */
  returnFocus?: () => HTMLElement | null;
  children: ReactNode;
}

/**
 * A modal dialog. Focus goes to the element marked `data-autofocus` (the least destructive choice)
 * and is kept inside; the rest of the page is inert meanwhile; on close focus returns to where it was
 * (or to the screen's heading when that element is gone).
 * A div with role="dialog" rather than <dialog>: jsdom, where the component tests run, lacks showModal.
 */
export function Dialog({ titleId, descriptionId, className, onCancel, returnFocus, children }: DialogProps) {
  const ref = useRef<HTMLDivElement>(null);
  const returnTo = useRef(returnFocus);
  useEffect(() => {
    returnTo.current = returnFocus;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const backdrop = dialog.parentElement;
    const background = [...document.body.children].filter((el) => el !== backdrop && !el.hasAttribute('inert'));
    for (const el of background) el.setAttribute('inert', '');
    (dialog.querySelector<HTMLElement>('[data-autofocus]') ?? focusablesIn(dialog)[0] ?? dialog).focus();
    return () => {
      for (const el of background) el.removeAttribute('inert');
      const chosen = returnTo.current?.() ?? null;
      if (chosen?.isConnected) chosen.focus();
      else if (opener?.isConnected) opener.focus();
      // The opener may be gone (a removed profile's row): the screen's heading is the next best
      // place, unless a dialog closing at the same time (an outer one) has already put focus back.
      else if (!document.activeElement || document.activeElement === document.body) document.querySelector<HTMLElement>('h1[tabindex]')?.focus();
    };
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onCancel();
      return;
    }
    if (event.key !== 'Tab' || !ref.current) return;
    const items = focusablesIn(ref.current);
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  return createPortal(
    <div className="dialog-backdrop">
      <div
        ref={ref}
        className={className ? `dialog ${className}` : 'dialog'}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        {children}
      </div>
    </div>,
    document.body,
  );
}
