/**
 * Counts the pages of a PDF as its bytes stream past: page objects are `/Type /Page` (not
 * `/Pages`). Files whose page objects hide in compressed object streams count 0, which only
 * affects the page count shown, never acceptance.
 */
const PAGE = /\/Type\s*\/Page(?![a-zA-Z])/g;

export function inspectPdf(): { update(chunk: Buffer): void; pages(): number } {
  let count = 0;
  let carry = '';
  return {
    update(chunk) {
      const text = carry + chunk.toString('latin1');
      // Keep a tail so a marker split across chunks is still seen once.
      // Matches starting before the cut are counted now; the rest is rescanned with the next chunk.
      const cut = Math.max(0, text.length - 32);
      for (const m of text.matchAll(PAGE)) if (m.index < cut) count++;
      carry = text.slice(cut);
    },
    pages() {
      return count + (carry.match(PAGE)?.length ?? 0);
    },
  };
}
