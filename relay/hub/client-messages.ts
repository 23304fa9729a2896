// What a client may say, and the relay's answer. Anything else gets a clear error message.
import { errorMessage } from '../../shared/protocol.js';

const PONG = JSON.stringify({ type: 'pong' });

/** Returns the reply to send, if any. */
export function handleClientMessage(text: string): string | undefined {
  let message: unknown;
  try {
    message = JSON.parse(text);
  } catch {
    return JSON.stringify(errorMessage('BAD_JSON', 'messages must be JSON objects such as {"type":"ping"}'));
  }
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  if (type === 'ping') return PONG;
  return JSON.stringify(errorMessage('UNKNOWN_TYPE', `unknown message type ${JSON.stringify(type ?? null)}; known: "ping"`));
}
