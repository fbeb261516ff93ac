// `validate-pdf [--json] FILE...`: the PDF check (product C3) without a window, one verdict per
// file in the order given. For scripts and support: the same checkPdf the app uses.
import { checkPdf } from '../pdf/check-pdf.ts';
import type { PdfVerdict } from '../../shared/pdf/pdf-verdict.ts';
import { EXIT, type CliCommand, type CliOutput } from './command.ts';

const USAGE = [
  'Usage: validate-pdf [--json] FILE...',
  '',
  'Checks that each FILE is a PDF the Migration Agency can open, judged by its content.',
  'Prints one line per file; with --json one JSON object per line with the fields',
  'file, ok, pages, encrypted, code, message (English) and messageSv (Swedish).',
  'Exit code: 0 when every file is accepted, 1 when any is refused, 2 on a usage error.',
  'Use -- before file names that start with a dash.',
].join('\n');

interface Parsed {
  json: boolean;
  files: string[];
  help: boolean;
}

function parseArgs(args: readonly string[]): Parsed | { error: string } {
  const parsed: Parsed = { json: false, files: [], help: false };
  let optionsEnded = false;
  for (const arg of args) {
    if (optionsEnded || !arg.startsWith('-') || arg === '-') {
      parsed.files.push(arg);
    } else if (arg === '--') {
      optionsEnded = true;
    } else if (arg === '--json') {
      parsed.json = true;
    } else if (arg === '--help' || arg === '-h') {
      parsed.help = true;
    } else {
      return { error: `Unknown option: ${printable(arg)}` };
    }
  }
  if (!parsed.help && parsed.files.length === 0) return { error: 'No files given.' };
  return parsed;
}

/** A file name on one line: control characters (a newline in a name) are escaped. */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

export function verdictJson(file: string, verdict: PdfVerdict): string {
  return JSON.stringify(
    verdict.ok
      ? { file, ok: true, pages: verdict.pages, encrypted: verdict.encrypted, code: null, message: null, messageSv: null }
      : { file, ok: false, pages: null, encrypted: null, code: verdict.code, message: verdict.message.en, messageSv: verdict.message.sv },
  );
}

export function verdictText(file: string, verdict: PdfVerdict): string {
  if (verdict.ok) {
    const pages = `${verdict.pages} ${verdict.pages === 1 ? 'page' : 'pages'}`;
    return `${printable(file)}: OK, ${pages}${verdict.encrypted ? ', encrypted (opens without a password)' : ''}`;
  }
  return `${printable(file)}: REFUSED ${verdict.code}: ${verdict.message.en}`;
}

async function run(args: readonly string[], io: CliOutput): Promise<number> {
  const parsed = parseArgs(args);
  if ('error' in parsed) {
    io.err(parsed.error);
    io.err(USAGE);
    return EXIT.USAGE;
  }
  if (parsed.help) {
    io.out(USAGE);
    return EXIT.OK;
  }
  // Checks run side by side (checkPdf limits how many); answers print in the order given.
  const verdicts = parsed.files.map((file) => checkPdf(file));
  let allOk = true;
  for (const [i, file] of parsed.files.entries()) {
    const verdict = await verdicts[i]!;
    allOk &&= verdict.ok;
    io.out(parsed.json ? verdictJson(file, verdict) : verdictText(file, verdict));
  }
  return allOk ? EXIT.OK : EXIT.FAILED;
}

export const validatePdfCommand: CliCommand = {
  name: 'validate-pdf',
  summary: 'Check that files are PDFs the Migration Agency accepts.',
  usage: USAGE,
  run,
};
