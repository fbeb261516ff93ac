/**
 * Text for the standard Helvetica font with WinAnsiEncoding: the byte of each character, and
 * the font's advance widths (Adobe's AFM, 1/1000 em) for line wrapping. Latin-1 letters share
 * their code with WinAnsi; the typographic punctuation people paste lives in 0x80–0x9F.
 */

const SPECIAL: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a,
  '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97,
  '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

/** The WinAnsi byte of a character; '?' for what the encoding cannot show. */
export function winAnsiByte(ch: string): number {
  const code = ch.codePointAt(0) ?? 63;
  if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff)) return code;
  return SPECIAL[ch] ?? 63;
}

// Helvetica widths for 0x20–0x7E.
const ASCII_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556,
  556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];

/** Advance width in 1/1000 em; accented letters take their base letter's width. */
export function charWidth(ch: string, bold: boolean): number {
  const code = ch.codePointAt(0) ?? 63;
  let w: number;
  if (code >= 0x20 && code <= 0x7e) w = ASCII_WIDTHS[code - 0x20]!;
  else {
    const base = ch.normalize('NFD')[0] ?? '?';
    const b = base.codePointAt(0) ?? 63;
    w = b >= 0x20 && b <= 0x7e ? ASCII_WIDTHS[b - 0x20]! : 556;
  }
  // Helvetica-Bold is a little wider; close enough for wrapping.
  return bold ? Math.round(w * 1.06) : w;
}

export function textWidth(text: string, size: number, bold = false): number {
  let units = 0;
  for (const ch of text) units += charWidth(ch, bold);
  return (units * size) / 1000;
}

/** A PDF literal string body: WinAnsi bytes, with delimiters escaped and high bytes as octal. */
export function pdfLiteral(text: string): string {
  let out = '';
  for (const ch of text) {
    const b = winAnsiByte(ch);
    if (b === 0x28 || b === 0x29 || b === 0x5c) out += `\\${String.fromCharCode(b)}`;
    else if (b < 0x20 || b > 0x7e) out += `\\${b.toString(8).padStart(3, '0')}`;
    else out += String.fromCharCode(b);
  }
  return out;
}

/** A text string for the document information dictionary: UTF-16BE with a BOM, as hex. */
export function pdfTextString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}
