/**
 * Decides the PIN hash each imported contact ends up with (DOMAIN.md §1: PINs are stored only as
 * hashes). Re-importing the same file must change nothing, so a PIN that matches the stored hash
 * keeps that hash instead of being salted anew.
 *
 * | PIN in the file | stored hash      | result               |
 * |-----------------|------------------|----------------------|
 * | absent          | any (or none)    | the stored hash kept |
 * | given           | matches the PIN  | the stored hash kept |
 * | given           | none / different | a new hash           |
 */
import { availableParallelism } from 'node:os';
import { hashPinAsync, pinMatchesAsync } from '../domain/pin.ts';
import { mapWithConcurrency } from './map-with-concurrency.ts';

export interface PinToResolve {
  email: string;
  pin?: string | undefined;
}

/** scrypt runs on libuv's pool (4 threads unless UV_THREADPOOL_SIZE says otherwise). */
const CONCURRENCY = Math.max(2, Math.min(availableParallelism(), 8));

export async function resolvePinHashes(
  contacts: readonly PinToResolve[],
  storedHashes: ReadonlyMap<string, string | null>,
  onEach: () => void = () => {},
): Promise<Map<string, string | null>> {
  const hashes = await mapWithConcurrency(contacts, CONCURRENCY, async ({ email, pin }) => {
    const stored = storedHashes.get(email) ?? null;
    let hash = stored;
    if (pin !== undefined && !(stored && (await pinMatchesAsync(pin, stored)))) hash = await hashPinAsync(pin);
    onEach();
    return [email, hash] as const;
  });
  return new Map(hashes);
}
