/**
 * Realistic Swedish text for the documents the demo agency publishes and the seeds contain. Each
 * template takes the facts of the case; the PDF layout does the rest.
 */
import type { DocumentKind } from '../../shared/agency/documents.ts';
import type { LetterContent } from '../pdf/layout.ts';

export interface CaseFacts {
  individualName: string;
  individualNumber: string;
  citizenship: string;
  birthDate: string;
  counselName: string;
  date: string;
  /** For kallelse: meeting date and time; for beslut: outcome. */
  meetingAt?: string;
  place?: string;
  outcome?: 'granted' | 'refused';
  unit?: string;
}

const COUNTRY_INFO: Record<string, string[]> = {
  Somalia: [
    'Säkerhetsläget i södra och centrala Somalia präglas fortsatt av väpnad konflikt mellan regeringsstyrkor, med stöd av Afrikanska unionens mission, och al-Shabaab.',
    'Al-Shabaab kontrollerar alltjämt landsbygdsområden i Jubbaland, Bay och Bakool och utövar inflytande genom beskattning och hot även i områden under regeringens kontroll.',
    'Klantillhörighet har fortsatt betydelse för möjligheten till skydd. Personer från minoritetsklaner saknar ofta det nätverk som krävs för att få skydd av en majoritetsklan.',
  ],
  Syrien: [
    'Konflikten i Syrien har sedan 2011 medfört omfattande förstörelse och fördrivning. Efter regimskiftet i december 2024 är säkerhetsläget fortsatt osäkert i flera provinser.',
    'Rapporter beskriver godtyckliga frihetsberövanden och våld mot personer som uppfattas ha haft kopplingar till olika parter i konflikten.',
  ],
  Afghanistan: [
    'Sedan talibanernas maktövertagande i augusti 2021 har respekten för mänskliga rättigheter försämrats kraftigt, särskilt för kvinnor och flickor.',
    'Personer som arbetat för den tidigare regeringen, dess säkerhetsstyrkor eller internationella aktörer riskerar repressalier.',
  ],
  Eritrea: [
    'Eritrea saknar en fungerande konstitution och oberoende domstolar. Nationaltjänsten är obegränsad i tid och kan i praktiken pågå i årtionden.',
    'Personer som lämnat landet illegalt eller undandragit sig nationaltjänst riskerar frihetsberövande utan rättegång vid återvändande.',
  ],
  Irak: [
    'Säkerhetsläget i Irak har förbättrats sedan 2017, men väpnade miliser har fortsatt stort inflytande, särskilt i de norra och västra provinserna.',
    'Hedersrelaterat våld och hot mot personer som bryter mot familjens normer förekommer i alla delar av landet.',
  ],
  Ukraina: [
    'Rysslands fullskaliga invasion av Ukraina i februari 2022 pågår. Striderna är koncentrerade till de östra och södra delarna av landet, men robot- och drönarangrepp drabbar hela landet.',
    'Personer med tillfälligt skydd enligt massflyktsdirektivet kan ansöka om förlängning av sitt uppehållstillstånd.',
  ],
};

function countryParagraphs(citizenship: string): string[] {
  return (
    COUNTRY_INFO[citizenship] ?? [
      `Landinformationen om ${citizenship} har uppdaterats. Säkerhetsläget och situationen för mänskliga rättigheter bedöms utifrån tillgängliga källor.`,
    ]
  );
}

function facts(f: CaseFacts, extra: [string, string][] = []): [string, string][] {
  return [['Datum', f.date], ['Individnummer', f.individualNumber], ['Namn', f.individualName], ['Medborgarskap', f.citizenship], ...extra];
}

export function templateFor(kind: DocumentKind, f: CaseFacts): LetterContent {
  const unit = f.unit ?? 'Asylprövningsenheten i Stockholm';
  switch (kind) {
    case 'beslut_om_forordnande':
      return {
        title: 'Beslut om förordnande av offentligt biträde',
        facts: facts(f, [['Offentligt biträde', f.counselName]]),
        paragraphs: [
          `Migrationsverket förordnar ${f.counselName} som offentligt biträde för ${f.individualName}, född ${f.birthDate}, i ärende om uppehållstillstånd.`,
          'Förordnandet gäller från dagens datum. Biträdet ska utan dröjsmål ta kontakt med sin klient och ta del av de handlingar som finns i ärendet.',
          'Ersättning till offentligt biträde lämnas enligt lagen (1996:1620) om offentligt biträde och beräknas enligt den timkostnadsnorm som gäller vid tidpunkten för arbetet.',
        ],
        signature: ['Migrationsverket', unit],
      };
    case 'beslut_om_entledigande':
      return {
        title: 'Beslut om entledigande av offentligt biträde',
        facts: facts(f, [['Offentligt biträde', f.counselName]]),
        paragraphs: [
          `${f.counselName} entledigas från uppdraget som offentligt biträde för ${f.individualName}.`,
          'Skäl: sökanden har begärt byte av biträde och det har framkommit särskilda skäl för bytet.',
          'Biträdet ska inom tio dagar lämna in en slutlig kostnadsräkning för det arbete som utförts fram till dagens datum.',
        ],
        signature: ['Migrationsverket', unit],
      };
    case 'asylansokan':
      return {
        title: 'Ansökan om asyl – registrering',
        facts: facts(f, [['Födelsedatum', f.birthDate]]),
        paragraphs: [
          `${f.individualName} har ansökt om asyl och uppehållstillstånd i Sverige. Ansökan registrerades vid Migrationsverkets ansökningsenhet.`,
          'Sökanden har lämnat fingeravtryck och fotograferats. Sökanden uppger att hen inte har identitetshandlingar i original men har lämnat kopia av födelsebevis.',
          'Sökanden har informerats om rätten till offentligt biträde, om asylprocessen och om skyldigheten att medverka till att klarlägga sin identitet.',
        ],
        signature: ['Migrationsverket', 'Ansökningsenheten'],
      };
    case 'kallelse':
      return {
        title: 'Kallelse till asylutredning',
        facts: facts(f, [['Tid', f.meetingAt ?? `${f.date} kl. 09.00`], ['Plats', f.place ?? 'Migrationsverket, Sundbybergsvägen 9, Solna']]),
        paragraphs: [
          `Du kallas till utredning om ditt skyddsbehov. Ditt offentliga biträde ${f.counselName} kallas också.`,
          `Tolk på ${f.citizenship === 'Somalia' ? 'somaliska' : f.citizenship === 'Eritrea' ? 'tigrinja' : f.citizenship === 'Afghanistan' ? 'dari' : f.citizenship === 'Ukraina' ? 'ukrainska' : 'arabiska'} kommer att närvara.`,
          'Ta med dig identitetshandlingar och andra dokument som stöder din ansökan. Om du inte kan komma ska du meddela Migrationsverket så snart som möjligt.',
        ],
        signature: ['Migrationsverket', unit],
      };
    case 'tjansteanteckning':
      return {
        title: 'Tjänsteanteckning',
        facts: facts(f),
        paragraphs: [
          `Sökandens offentliga biträde ${f.counselName} har kontaktat handläggaren per telefon och meddelat att en skriftlig inlaga med kompletterande uppgifter kommer att lämnas inom två veckor.`,
          'Handläggaren har informerat om att ärendet bedöms kunna avgöras efter att inlagan kommit in.',
        ],
        signature: ['Handläggare, ' + unit],
      };
    case 'landinformation':
      return {
        title: `Landinformation – ${f.citizenship}`,
        facts: [['Datum', f.date], ['Land', f.citizenship], ['Källa', 'Migrationsverkets landinformationstjänst Lifos']],
        paragraphs: countryParagraphs(f.citizenship),
        signature: ['Migrationsverket, Lifos'],
      };
    case 'protokoll':
      return {
        title: 'Protokoll från asylutredning',
        facts: facts(f, [['Närvarande', `${f.individualName}, ${f.counselName} (offentligt biträde), tolk, handläggare`]]),
        paragraphs: [
          'Utredningen inleddes med att handläggaren presenterade de närvarande och informerade om tystnadsplikt och om utredningens syfte.',
          'Sökanden berättade om sin bakgrund, sin resväg och skälen till att hen lämnat hemlandet. Sökanden uppgav att hen riskerar förföljelse vid ett återvändande.',
          'Biträdet ställde kompletterande frågor om hot som riktats mot sökandens familj. Protokollet lästes upp för sökanden med hjälp av tolk och godkändes.',
        ],
        signature: ['Migrationsverket', unit],
      };
    case 'beslut':
      return {
        title: f.outcome === 'refused' ? 'Beslut – avslag på ansökan om uppehållstillstånd' : 'Beslut – uppehållstillstånd',
        facts: facts(f),
        paragraphs:
          f.outcome === 'refused'
            ? [
                `Migrationsverket avslår ${f.individualName}s ansökan om uppehållstillstånd, status som flykting och status som alternativt skyddsbehövande.`,
                'Migrationsverket bedömer att sökanden inte har gjort sannolikt att hen riskerar förföljelse eller allvarlig skada vid ett återvändande.',
                'Beslutet kan överklagas till förvaltningsrätten. Överklagandet ska ha kommit in till Migrationsverket inom tre veckor från den dag du fick del av beslutet.',
              ]
            : [
                `Migrationsverket beviljar ${f.individualName} permanent uppehållstillstånd och flyktingstatusförklaring.`,
                'Migrationsverket bedömer att sökanden har gjort sannolikt att hen känner välgrundad fruktan för förföljelse på grund av politisk uppfattning.',
              ],
        signature: ['Migrationsverket', unit],
      };
    case 'inlaga':
      return {
        title: 'Inlaga – kompletterande yttrande',
        facts: facts(f, [['Från', f.counselName]]),
        paragraphs: [
          `Som offentligt biträde för ${f.individualName} får jag härmed inkomma med följande kompletterande yttrande.`,
          'Sökanden har efter utredningen inkommit med ett intyg från hälso- och sjukvården som styrker de skador hen uppgett. Intyget bifogas.',
          `Mot bakgrund av den senaste landinformationen om ${f.citizenship} vidhåller sökanden att hen har ett skyddsbehov.`,
        ],
        signature: [f.counselName, 'Offentligt biträde'],
      };
    case 'overklagande':
      return {
        title: 'Överklagande av Migrationsverkets beslut',
        facts: facts(f, [['Klagande', f.individualName], ['Ombud', f.counselName]]),
        paragraphs: [
          `${f.individualName} överklagar Migrationsverkets beslut och yrkar att hen ska beviljas uppehållstillstånd.`,
          'Migrationsverket har gjort en felaktig bedömning av sökandens trovärdighet. Sökandens berättelse har varit detaljerad och sammanhängande.',
        ],
        signature: [f.counselName, 'Offentligt biträde'],
      };
    case 'kostnadsunderlag':
      return {
        title: 'Faktura – tolktjänst',
        facts: [['Fakturadatum', f.date], ['Uppdrag', `Tolkning vid möte med ${f.individualName}`]],
        paragraphs: ['Tolkning på plats, 2 timmar: 1 150,00 kr exklusive moms.', 'Betalningsvillkor 30 dagar.'],
        signature: ['Tolkförmedlingen Norden AB'],
      };
    default:
      return {
        title: 'Meddelande från Migrationsverket',
        facts: facts(f),
        paragraphs: ['Migrationsverket har registrerat en ny handling i ärendet.'],
        signature: ['Migrationsverket'],
      };
  }
}
