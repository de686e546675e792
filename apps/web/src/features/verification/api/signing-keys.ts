import type { SigningKeyView } from '@loa/contracts';
import { publicJson } from './public-fetch';

const STORAGE_KEY = 'loa.certificateKeys';

interface StoredKeys {
  fetchedAt: string;
  keys: SigningKeyView[];
}

export interface KeySet {
  keys: SigningKeyView[];
  /** When these keys were fetched from the department; the cached copy when offline. */
  fetchedAt: string;
  fromCache: boolean;
}

function readCache(): StoredKeys | null {
  try {
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as StoredKeys | null;
    return stored && Array.isArray(stored.keys) ? stored : null;
  } catch {
    return null;
  }
}

function writeCache(value: StoredKeys): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(value));
  } catch {
    // private mode or full storage: the keys last for this page only
  }
}

/**
 * The department's published public keys (GET /api/certificates/keys), kept in localStorage so
 * a certificate can still be checked offline once the page has been opened online.
 */
export async function loadSigningKeys(): Promise<KeySet> {
  try {
    const keys = await publicJson<SigningKeyView[]>('/certificates/keys');
    const fetchedAt = new Date().toISOString();
    writeCache({ fetchedAt, keys });
    return { keys, fetchedAt, fromCache: false };
  } catch (error) {
    const cached = readCache();
    if (cached) return { ...cached, fromCache: true };
    throw error;
  }
}
