export interface HostArgs {
  agencyUrl: string;
  demoAgency: boolean;
  dataDir: string | undefined;
  port: number;
  open: boolean;
}

/** The agency the app talks to when none is given: a demo agency on the usual loopback port. */
export const DEFAULT_AGENCY_URL = 'http://127.0.0.1:4010';

function value(argv: string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === `--${name}`) return argv[i + 1];
    if (arg.startsWith(`--${name}=`)) return arg.slice(name.length + 3);
  }
  return undefined;
}

/** Parses the options both hosts accept; an invalid agency URL is an error, not a silent default. */
export function parseHostArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): HostArgs {
  const agency = value(argv, 'agency') ?? env.BITRADE_AGENCY_URL ?? DEFAULT_AGENCY_URL;
  const url = new URL(agency);
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  // Client data never travels in clear text: plain http only for an agency on this machine.
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new Error(`The agency URL must be https (http only on loopback): ${agency}`);
  }
  const port = Number(value(argv, 'port') ?? '0');
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Not a port: ${value(argv, 'port')}`);
  return {
    agencyUrl: url.toString().replace(/\/$/, ''),
    demoAgency: argv.includes('--demo-agency'),
    dataDir: value(argv, 'data'),
    port,
    open: argv.includes('--open'),
  };
}
