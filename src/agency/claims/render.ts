/** PDFs the agency produces around claims: the received kostnadsräkning, decisions, completion requests. */
import type { Claim, ClaimContent, ClaimDecision } from '../../shared/agency/claims.ts';
import { formatSek } from '../../shared/domain/money.ts';
import { COST_TYPE_LABEL } from '../../shared/domain/rates.ts';
import type { Agency } from '../context.ts';
import { putBlob, type BlobInfo } from '../documents/blobs.ts';
import { renderLetter } from '../pdf/layout.ts';

export interface RenderedBlob {
  blob: BlobInfo;
  pages: number;
}

function names(agency: Agency, claim: Claim): { counsel: string; main: string } {
  const counsel = agency.db.prepare('SELECT name FROM persons WHERE id = ?').pluck().get(claim.counselId) as string | undefined;
  const main = agency.db
    .prepare('SELECT i.name FROM groups g JOIN individuals i ON i.id = g.main_individual_id WHERE g.id = ?')
    .pluck()
    .get(claim.groupId) as string | undefined;
  return { counsel: counsel ?? '', main: main ?? '' };
}

function extent(item: ClaimContent['costItems'][number]): string {
  if (item.minutes !== null) return `${Math.floor(item.minutes / 60)} h ${item.minutes % 60} min`;
  if (item.km !== null) return `${item.km} km`;
  return 'belopp';
}

function store(agency: Agency, rendered: { bytes: Buffer; pages: number }): RenderedBlob {
  return { blob: putBlob(agency, rendered.bytes), pages: rendered.pages };
}

export function renderClaimSubmission(agency: Agency, claim: Claim, content: ClaimContent, no: number, summary: string | null): RenderedBlob {
  const n = names(agency, claim);
  const items = content.costItems.map(
    (i) =>
      `${i.date}  ${COST_TYPE_LABEL[i.type].sv}, ${extent(i)}: ${formatSek(i.amountOre, 'sv')}${i.specification ? ` – ${i.specification}` : ''}${i.route ? ` (${i.route})` : ''}`,
  );
  return store(
    agency,
    renderLetter({
      title: `Kostnadsräkning – ${n.main}`,
      facts: [
        ['Biträde', n.counsel],
        ['Ärende', claim.id],
        ['Version', String(no)],
        ['Egen referens', content.ownReference ?? '–'],
        ['Metod', content.method === 'cost_items' ? 'Kostnadsposter' : 'Kostnadsräkningsfil'],
      ],
      paragraphs: [
        ...(summary ? [`Komplettering: ${summary}`] : []),
        ...(items.length > 0 ? items : ['Se bifogad kostnadsräkningsfil.']),
        `Summa exklusive moms: ${formatSek(content.totalExclVatOre, 'sv')}. Moms 25 %: ${formatSek(content.vatOre, 'sv')}. Summa inklusive moms: ${formatSek(content.totalInclVatOre, 'sv')}.`,
      ],
      signature: ['Inkommen via Biträdestjänsten.'],
    }),
  );
}

const OUTCOME_SV: Record<ClaimDecision['outcome'], string> = {
  full: 'Migrationsverket beviljar ersättning med det begärda beloppet.',
  partial: 'Migrationsverket beviljar ersättning delvis.',
  rejected: 'Migrationsverket avslår begäran om ersättning.',
};

export function renderClaimDecision(agency: Agency, claim: Claim, d: Omit<ClaimDecision, 'documentId'>): RenderedBlob {
  const n = names(agency, claim);
  return store(
    agency,
    renderLetter({
      title: 'Beslut om ersättning till offentligt biträde',
      facts: [
        ['Beslutsdatum', d.decidedAt.slice(0, 10)],
        ['Biträde', n.counsel],
        ['Huvudindivid', n.main],
        ['Begärt belopp', formatSek(d.claimedOre, 'sv')],
        ['Beviljat belopp', formatSek(d.grantedOre, 'sv')],
      ],
      paragraphs: [
        OUTCOME_SV[d.outcome],
        d.reasoning,
        d.outcome === 'full'
          ? 'Beslutet kan inte överklagas eftersom hela anspråket har beviljats.'
          : `Beslutet kan överklagas till förvaltningsrätten. Överklagandet ska ha kommit in till Migrationsverket senast ${d.appealLastDay}.`,
      ],
      signature: ['Migrationsverket', 'Enheten för ersättning till offentliga biträden'],
    }),
  );
}

export function renderCompletionRequest(agency: Agency, claim: Claim, message: string, deadline: string): RenderedBlob {
  const n = names(agency, claim);
  return store(
    agency,
    renderLetter({
      title: 'Begäran om komplettering av kostnadsräkning',
      facts: [
        ['Biträde', n.counsel],
        ['Huvudindivid', n.main],
        ['Svara senast', deadline],
      ],
      paragraphs: [
        message,
        'Om svar inte kommer in i tid kan Migrationsverket fatta beslut utifrån de uppgifter som finns i ärendet.',
      ],
      signature: ['Migrationsverket'],
    }),
  );
}
