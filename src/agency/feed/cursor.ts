/**
 * Feed cursors: opaque to clients, but they carry the feed's epoch, the counsel and a sequence
 * number. A cursor from another epoch (the agency re-seeded, or cursors were expired on purpose),
 * for another counsel or beyond the log's end is refused with CURSOR_EXPIRED and the client
 * starts a full sync.
 */

export interface CursorValue {
  epoch: string;
  counsel: string;
  seq: number;
}

export function encodeCursor(c: CursorValue): string {
  return Buffer.from(`1|${c.epoch}|${c.counsel}|${c.seq}`, 'utf8').toString('base64url');
}

export function decodeCursor(text: string): CursorValue | null {
  let raw: string;
  try {
    raw = Buffer.from(text, 'base64url').toString('utf8');
  } catch {
    return null;
  }
  const parts = raw.split('|');
  if (parts.length !== 4 || parts[0] !== '1') return null;
  const seq = Number(parts[3]);
  if (!Number.isSafeInteger(seq) || seq < 0) return null;
  return { epoch: parts[1]!, counsel: parts[2]!, seq };
}
