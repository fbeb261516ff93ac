// The headless command: `npm run cli -- <command> [args]`. Subcommands live in the table below,
// each in its own module; this file only dispatches and turns anything unexpected into an exit
// code instead of a stack trace.
import { EXIT, type CliCommand, type CliOutput } from './command.ts';
import { validatePdfCommand } from './validate-pdf.ts';

const COMMANDS: readonly CliCommand[] = [validatePdfCommand];

const io: CliOutput = {
  out: (line) => void process.stdout.write(`${line}\n`),
  err: (line) => void process.stderr.write(`${line}\n`),
};

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return ['Usage: cli <command> [arguments]', '', 'Commands:', ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`)].join('\n');
}

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) {
    io.err(usage());
    return EXIT.USAGE;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return EXIT.OK;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`Unknown command: ${name}`);
    io.err(usage());
    return EXIT.USAGE;
  }
  return command.run(args, io);
}

// A reader that goes away (`| head`) is not an error worth a stack trace.
process.stdout.on('error', () => process.exit(process.exitCode ?? EXIT.OK));

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  io.err(`Internal error: ${error instanceof Error ? error.name : typeof error}`);
  process.exitCode = EXIT.FAILED;
}
