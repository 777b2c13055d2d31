import { createCipheriv, createDecipheriv, randomBytes, randomInt, scrypt } from 'node:crypto';

/**
 * The room's encryption, keyed by the room code (issue 18: "closed to outsiders"). No certificates
 * to make, trust or carry: the ten-character code a person reads off the host's screen is the
 * secret. key = scrypt(code, salt = room id), derived once per room (scrypt makes each guess of a
 * code cost ~50 ms and 16 MB, on top of the 50 bits of the code itself); every frame is sealed with
 * AES-256-GCM under a fresh random 96-bit nonce, so a frame that was altered, forged or sealed under
 * another code fails to open and is refused.
 */

export const KEY_BYTES = 32;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
/** Which way a frame travels is part of what is authenticated: a frame reflected back to its sender fails. */
export type Direction = 'to-host' | 'to-member';

/** Crockford base-32 (no I, L, O, U): what ROOM_CODE_PATTERN in the contract accepts. */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A new room code: ten characters from crypto.randomInt (50 bits), unformatted. */
export function newRoomCode(): string {
  let code = '';
  for (let i = 0; i < 10; i++) code += CROCKFORD[randomInt(CROCKFORD.length)];
  return code;
}

/** XXXX-XXXX-XX, as the host shows it and people type it. */
export function formatRoomCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

/** key = scrypt(normalised code, salt = room id): off the main thread (libuv's pool), once per room. */
export function deriveRoomKey(code: string, roomId: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(code, `convene-room:${roomId}`, KEY_BYTES, { N: 16_384, r: 8, p: 1 }, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

function aad(direction: Direction): Buffer {
  return Buffer.from(`convene-room/1 ${direction}`);
}

/** nonce (12) ‖ ciphertext ‖ tag (16). */
export function seal(key: Buffer, direction: Direction, plain: Uint8Array): Buffer {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(aad(direction));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([nonce, body, cipher.getAuthTag()]);
}

/** The plaintext of a sealed frame, or null when it does not authenticate (altered, forged, another code). */
export function open(key: Buffer, direction: Direction, frame: Uint8Array): Uint8Array | null {
  if (frame.length < NONCE_BYTES + TAG_BYTES) return null;
  const bytes = Buffer.from(frame.buffer, frame.byteOffset, frame.byteLength);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, NONCE_BYTES));
    decipher.setAAD(aad(direction));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    return Buffer.concat([decipher.update(bytes.subarray(NONCE_BYTES, bytes.length - TAG_BYTES)), decipher.final()]);
  } catch {
    return null;
  }
}
