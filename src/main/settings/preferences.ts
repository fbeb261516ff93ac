import { join } from 'node:path';
import { languageSchema, type Preferences } from '../../shared/contract/schemas.ts';
import { readJsonFile, writeJsonFileAtomic } from '../util/json-file.ts';

const DEFAULTS: Preferences = { language: 'sv' };

/** Workstation-wide preferences (not client data): kept outside any profile so the sign-in screen can use them. */
export class PreferencesStore {
  readonly #path: string;
  #value: Preferences;

  constructor(dataDir: string) {
    this.#path = join(dataDir, 'preferences.json');
    this.#value = PreferencesStore.#parse(readJsonFile(this.#path));
  }

  static #parse(raw: unknown): Preferences {
    const language = languageSchema.safeParse((raw as { language?: unknown } | undefined)?.language);
    return { ...DEFAULTS, ...(language.success ? { language: language.data } : {}) };
  }

  get(): Preferences {
    return { ...this.#value };
  }

  update(patch: Partial<Preferences>): Preferences {
    this.#value = { ...this.#value, ...patch };
    writeJsonFileAtomic(this.#path, this.#value);
    return this.get();
  }
}
