import { describe, expect, it } from 'vitest';
import { safeFileName, uniqueName } from '../../../src/renderer/documents/document-text.ts';

describe('names of saved documents', () => {
  it('start with the registration date and keep only what every OS accepts', () => {
    expect(safeFileName('Beslut', '2025-06-23')).toBe('2025-06-23 Beslut.pdf');
    expect(safeFileName('Beslut: överklagande/ärende? <del 1>', '2025-06-23')).toBe('2025-06-23 Beslut överklagande ärende del 1.pdf');
    expect(safeFileName('Protokoll\u0000\n  del 2. . ', '2025-06-23')).toBe('2025-06-23 Protokoll del 2.pdf');
    expect(safeFileName('???', '2025-06-23')).toBe('2025-06-23 Dokument.pdf');
    expect(safeFileName('x'.repeat(300), '2025-06-23')).toHaveLength('2025-06-23 '.length + 120 + '.pdf'.length);
  });

  it('never take a name already in the folder', async () => {
    const taken = new Set(['2025-06-23 Beslut.pdf', '2025-06-23 Beslut (2).pdf']);
    expect(await uniqueName('2025-06-23 Beslut.pdf', async (n) => taken.has(n))).toBe('2025-06-23 Beslut (3).pdf');
    expect(await uniqueName('2025-06-23 Kallelse.pdf', async (n) => taken.has(n))).toBe('2025-06-23 Kallelse.pdf');
  });
});
