// What a sequence of WebSocket messages would weigh with permessage-deflate (RFC 7692) and context
// takeover: one raw deflate stream, flushed (Z_SYNC_FLUSH) after each message.
import { constants, createDeflateRaw } from 'node:zlib';

/** Compressed size of each message, in order. */
export async function deflatedSizes(messages: readonly string[]): Promise<number[]> {
  const deflate = createDeflateRaw();
  let pending = 0;
  deflate.on('data', (chunk: Buffer) => (pending += chunk.length));
  const sizes: number[] = [];
  for (const message of messages) {
    deflate.write(message);
    await new Promise<void>((resolve) => deflate.flush(constants.Z_SYNC_FLUSH, () => resolve()));
    // The flush's 4-byte empty-block trailer is not sent (RFC 7692 §7.2.1).
    sizes.push(Math.max(0, pending - 4));
    pending = 0;
  }
  deflate.close();
  return sizes;
}
