import { useId, useState, type ReactNode } from 'react';

/** A section folded away by default, opened by its heading's button (history the person rarely needs). */
export function CollapsibleSection({ title, children }: { title: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const headingId = useId();
  const bodyId = useId();
  return (
    <section className="queue-section" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <button type="button" className="section-toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen((o) => !o)}>
          <span className="section-toggle-mark" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>{' '}
          {title}
        </button>
      </h2>
      <div id={bodyId} hidden={!open}>
        {open && children}
      </div>
    </section>
  );
}
