// Feeds pdf.js from an open file handle, range by range, instead of reading the file into a
// buffer first. pdf.js keeps one buffer the size of the file and fills only the ranges it asks
// for, so no second copy of the file exists, and a file refused early (not a PDF structure, a
// password) costs only the ranges read until then. A full check does read most of the file:
// pdf.js loads each page's resources, images included (undecoded), before parsing the page.
// Reading through the handle we already sniffed also means pdf.js sees the same file, even if the
// path is replaced meanwhile.
import type { FileHandle } from 'node:fs/promises';
import { PDFDataRangeTransport } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readAt } from './read-at.ts';

export class FileRangeTransport extends PDFDataRangeTransport {
  readonly #file: FileHandle;
  readonly #onFailure: (error: unknown) => void;
  #closed = false;

  /**
   * `initialData` is the start of the file, already read for sniffing. `onFailure` is called once
   * if a range cannot be read in full: pdf.js has no way to hear of a failed range, so the caller
   * must stop the loading task.
   */
  constructor(file: FileHandle, length: number, initialData: Uint8Array, onFailure: (error: unknown) => void) {
    // pdf.js takes ownership of the bytes it is given: hand it a copy, the caller keeps the head.
    super(length, initialData.slice());
    this.#file = file;
    this.#onFailure = onFailure;
  }

  override requestDataRange(begin: number, end: number): void {
    readAt(this.#file, begin, end - begin).then(
      (chunk) => {
        if (this.#closed) return;
        if (chunk.length !== end - begin) {
          this.#fail(new Error('The file became shorter while it was being checked'));
          return;
        }
        this.onDataRange(begin, chunk);
      },
      (error: unknown) => this.#fail(error),
    );
  }

  override abort(): void {
    this.#closed = true;
  }

  #fail(error: unknown): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#onFailure(error);
  }
}
