// Logs are for support and may leave the machine in a support bundle: they carry events and
// identifiers of our own, never client data. Errors are logged by kind and stack frames only,
// because a library's message can quote the data it choked on.

export type LogLevel = 'info' | 'warn' | 'error';
export type LogSink = (line: string) => void;

let sink: LogSink = (line) => process.stderr.write(`${line}\n`);

export function setLogSink(next: LogSink): void {
  sink = next;
}

export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const frames = (error.stack ?? '').split('\n').filter((l) => l.trimStart().startsWith('at ')).slice(0, 6);
  const code = (error as { code?: unknown }).code;
  return [`${error.name}${typeof code === 'string' ? ` (${code})` : ''}`, ...frames.map((f) => f.trim())].join(' | ');
}

export function log(level: LogLevel, event: string, fields: Record<string, string | number | boolean | null> = {}): void {
  sink(JSON.stringify({ t: new Date().toISOString(), level, event, ...fields }));
}
