import { nameCandidates } from '../../shared/domain/file-names.ts';

export { safeFileName } from '../../shared/domain/file-names.ts';

/** The first free name in a folder the file system answers about synchronously. */
export function uniqueName(name: string, taken: (candidate: string) => boolean): string {
  for (const candidate of nameCandidates(name)) if (!taken(candidate)) return candidate;
  throw new Error('unreachable');
}
