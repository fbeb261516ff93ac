/**
 * Names of saved documents, the same whichever host saves them: "2025-06-23 Beslut.pdf", with
 * no control characters nor characters Windows, macOS or Linux refuse, no trailing dots.
 */
export function safeFileName(title: string, date: string): string {
  const cleaned = title
    .replace(/\p{Cc}/gu, ' ')
    .replace(/[<>:"/\\|?*]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '')
    .slice(0, 120);
  return `${date} ${cleaned || 'Dokument'}.pdf`;
}

/** "Beslut.pdf", then "Beslut (2).pdf", "Beslut (3).pdf", …: the names to try, in order, never overwriting. */
export function* nameCandidates(name: string): Generator<string> {
  yield name;
  const stem = name.replace(/\.pdf$/i, '');
  for (let i = 2; ; i++) yield `${stem} (${i}).pdf`;
}
