/** Document kinds and categories as the manual groups them (3.2.5 Dokumentlista). */
import { z } from 'zod';
import type { LocalizedText } from './common.ts';

export const DOCUMENT_CATEGORIES = ['forordnande', 'individarende', 'beslut', 'inlaga', 'overklagande', 'kostnadsrakning'] as const;
export const documentCategorySchema = z.enum(DOCUMENT_CATEGORIES);
export type DocumentCategory = z.infer<typeof documentCategorySchema>;

export const DOCUMENT_CATEGORY_LABEL: Record<DocumentCategory, LocalizedText> = {
  forordnande: { sv: 'Förordnande', en: 'Appointment' },
  individarende: { sv: 'Individärendet', en: 'Individual case' },
  beslut: { sv: 'Beslut', en: 'Decisions' },
  inlaga: { sv: 'Inlagor', en: 'Submissions' },
  overklagande: { sv: 'Överklaganden', en: 'Appeals' },
  kostnadsrakning: { sv: 'Kostnadsräkningsärendet', en: 'Cost claim case' },
};

export const DOCUMENT_KINDS = [
  'beslut_om_forordnande',
  'beslut_om_entledigande',
  'asylansokan',
  'kallelse',
  'tjansteanteckning',
  'landinformation',
  'protokoll',
  'beslut',
  'beslut_ersattning',
  'kompletteringsbegaran',
  'inlaga',
  'overklagande',
  'kostnadsrakning',
  'kostnadsunderlag',
  'overklagande_ersattning',
] as const;
export const documentKindSchema = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof documentKindSchema>;

export interface DocumentKindInfo {
  label: LocalizedText;
  category: DocumentCategory;
  direction: 'received' | 'sent';
}

export const DOCUMENT_KIND_INFO: Record<DocumentKind, DocumentKindInfo> = {
  beslut_om_forordnande: { label: { sv: 'Beslut om förordnande', en: 'Decision on appointment' }, category: 'forordnande', direction: 'received' },
  beslut_om_entledigande: { label: { sv: 'Beslut om entledigande', en: 'Decision on release' }, category: 'forordnande', direction: 'received' },
  asylansokan: { label: { sv: 'Asylansökan', en: 'Asylum application' }, category: 'individarende', direction: 'received' },
  kallelse: { label: { sv: 'Kallelse', en: 'Summons' }, category: 'individarende', direction: 'received' },
  tjansteanteckning: { label: { sv: 'Tjänsteanteckning', en: 'Official note' }, category: 'individarende', direction: 'received' },
  landinformation: { label: { sv: 'Landinformation', en: 'Country information' }, category: 'individarende', direction: 'received' },
  protokoll: { label: { sv: 'Protokoll från utredning', en: 'Interview record' }, category: 'individarende', direction: 'received' },
  beslut: { label: { sv: 'Beslut', en: 'Decision' }, category: 'beslut', direction: 'received' },
  beslut_ersattning: { label: { sv: 'Beslut om ersättning', en: 'Decision on compensation' }, category: 'beslut', direction: 'received' },
  kompletteringsbegaran: { label: { sv: 'Kompletteringsbegäran', en: 'Completion request' }, category: 'kostnadsrakning', direction: 'received' },
  inlaga: { label: { sv: 'Inlaga', en: 'Submission' }, category: 'inlaga', direction: 'sent' },
  overklagande: { label: { sv: 'Överklagande', en: 'Appeal' }, category: 'overklagande', direction: 'sent' },
  kostnadsrakning: { label: { sv: 'Kostnadsräkning', en: 'Cost claim' }, category: 'kostnadsrakning', direction: 'sent' },
  kostnadsunderlag: { label: { sv: 'Kostnadsunderlag', en: 'Claim evidence' }, category: 'kostnadsrakning', direction: 'sent' },
  overklagande_ersattning: { label: { sv: 'Överklagande av ersättningsbeslut', en: 'Appeal of compensation decision' }, category: 'kostnadsrakning', direction: 'sent' },
};

/** What counsel picks for each document of an inlaga ("välja dokumenttyp från listan"). */
export const INLAGA_DOCUMENT_TYPES = ['inlaga', 'komplettering', 'yttrande', 'fullmakt', 'identitetshandling', 'intyg', 'ovrigt'] as const;
export const inlagaDocumentTypeSchema = z.enum(INLAGA_DOCUMENT_TYPES);
export type InlagaDocumentType = z.infer<typeof inlagaDocumentTypeSchema>;

export const INLAGA_DOCUMENT_TYPE_LABEL: Record<InlagaDocumentType, LocalizedText> = {
  inlaga: { sv: 'Inlaga', en: 'Submission' },
  komplettering: { sv: 'Komplettering', en: 'Supplement' },
  yttrande: { sv: 'Yttrande', en: 'Statement' },
  fullmakt: { sv: 'Fullmakt', en: 'Power of attorney' },
  identitetshandling: { sv: 'Identitetshandling (kopia)', en: 'Identity document (copy)' },
  intyg: { sv: 'Medicinskt intyg', en: 'Medical certificate' },
  ovrigt: { sv: 'Övrigt', en: 'Other' },
};
