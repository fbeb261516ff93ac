import { useRef, useState, type DragEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';

interface AddDocumentsProps {
  onAdd: (files: File[]) => void;
  buttonRef?: Ref<HTMLButtonElement>;
  describedBy?: string;
}

/**
 * "Lägg till dokument" and a drop zone around it. The button opens the system's file dialog
 * (keyboard users and anyone who does not drag); the accept filter only suggests PDFs there, the
 * host judges every file by its content.
 */
export function AddDocuments({ onAdd, buttonRef, describedBy }: AddDocumentsProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  function take(list: FileList | null) {
    const files = list ? [...list] : [];
    if (files.length > 0) onAdd(files);
  }

  function onDragOver(event: DragEvent<HTMLDivElement>) {
    if (![...event.dataTransfer.types].includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setOver(true);
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setOver(false);
    take(event.dataTransfer.files);
  }

  return (
    <div
      className={over ? 'drop-zone drop-zone-over' : 'drop-zone'}
      onDragEnter={onDragOver}
      onDragOver={onDragOver}
      onDragLeave={(event) => {
        // Leaving for a child of the zone is not leaving the zone.
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={onDrop}
    >
      <button ref={buttonRef} type="button" className="button" aria-describedby={describedBy} onClick={() => input.current?.click()}>
        {t('compose.addDocuments')}
      </button>
      <p className="drop-zone-text">{over ? t('compose.dropNow') : t('compose.dropHere')}</p>
      <input
        ref={input}
        type="file"
        multiple
        accept="application/pdf,.pdf"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          take(event.currentTarget.files);
          // The same file can be chosen again after it was removed.
          event.currentTarget.value = '';
        }}
      />
    </div>
  );
}
