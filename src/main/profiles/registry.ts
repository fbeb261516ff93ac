import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ProfileSummary } from '../../shared/contract/session.ts';
import type { KdfParams } from '../crypto/kdf.ts';
import { readJsonFile, writeJsonFileAtomic } from '../util/json-file.ts';

/**
 * A person on this workstation. The record holds nothing secret and no client data: the
 * person's own id and name (for the picker) and the public parameters of their key derivation.
 */
export interface ProfileRecord {
  id: string;
  personId: string;
  personName: string;
  createdAt: string;
  lastUsedAt: string | null;
  kdf: KdfParams;
}

interface IndexFile {
  version: 1;
  profiles: ProfileRecord[];
}

export function summary(record: ProfileRecord): ProfileSummary {
  return { id: record.id, personName: record.personName, lastUsedAt: record.lastUsedAt };
}

/** profiles/index.json and one folder per profile (database and encrypted files). */
export class ProfileRegistry {
  readonly #root: string;
  readonly #indexPath: string;

  constructor(dataDir: string) {
    this.#root = join(dataDir, 'profiles');
    this.#indexPath = join(this.#root, 'index.json');
  }

  #read(): IndexFile {
    const raw = readJsonFile(this.#indexPath) as Partial<IndexFile> | undefined;
    return { version: 1, profiles: Array.isArray(raw?.profiles) ? raw.profiles : [] };
  }

  #write(index: IndexFile): void {
    writeJsonFileAtomic(this.#indexPath, index);
  }

  list(): ProfileRecord[] {
    return this.#read().profiles.sort((a, b) => (b.lastUsedAt ?? '').localeCompare(a.lastUsedAt ?? ''));
  }

  get(id: string): ProfileRecord | undefined {
    return this.#read().profiles.find((p) => p.id === id);
  }

  findByPerson(personId: string): ProfileRecord | undefined {
    return this.#read().profiles.find((p) => p.personId === personId);
  }

  newId(): string {
    return randomUUID();
  }

  dir(id: string): string {
    return join(this.#root, id);
  }

  add(record: ProfileRecord): void {
    mkdirSync(this.dir(record.id), { recursive: true, mode: 0o700 });
    const index = this.#read();
    this.#write({ ...index, profiles: [...index.profiles.filter((p) => p.id !== record.id), record] });
  }

  touch(id: string, at: string): void {
    const index = this.#read();
    this.#write({ ...index, profiles: index.profiles.map((p) => (p.id === id ? { ...p, lastUsedAt: at } : p)) });
  }

  /** Forgets the profile first, then deletes its folder: a crash in between leaves no listed half-profile. */
  remove(id: string): void {
    const index = this.#read();
    this.#write({ ...index, profiles: index.profiles.filter((p) => p.id !== id) });
    rmSync(this.dir(id), { recursive: true, force: true });
  }
}
