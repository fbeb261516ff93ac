/** A file name any OS accepts, from a document's title: what the person sees in their folder. */
export function safeFileName(title: string, date: string): string {
  const cleaned = title
    // Control characters and the characters Windows, macOS or Linux refuse in names.
    .replace(/\p{Cc}/gu, ' ')
    .replace(/[<>:"/\\|?*]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '')
    .slice(0, 120);
  return `${date} ${cleaned || 'Dokument'}.pdf`;
}

/** "Beslut.pdf", then "Beslut (2).pdf", … when the name is taken. */
export function uniqueName(name: string, taken: (candidate: string) => boolean): string {
  if (!taken(name)) return name;
  const stem = name.replace(/\.pdf$/i, '');
  for (let i = 2; ; i++) {
    const candidate = `${stem} (${i}).pdf`;
    if (!taken(candidate)) return candidate;
  }
}
