/** What the hub needs of one connected client; the server plugs a WebSocket in behind it. */
export interface ClientLink {
  send(text: string): void;
  close(code: number, reason: string): void;
  /** Bytes queued for this client and not yet written to the network. */
  readonly bufferedAmount: number;
}

/** WebSocket close codes the relay uses (4000-4999 are the application's own). */
export const CloseCode = {
  normal: 1000,
  goingAway: 1001,
  unsupportedData: 1003,
  policyViolation: 1008,
  tooLarge: 1009,
  /** The client stopped reading and fell too far behind: reconnect and resume. */
  tooSlow: 4008,
  /** No pong to the relay's ping: the link is dead. */
  heartbeatTimeout: 4009,
  /** The browser session this stream was opened with ended (sign-out or expiry): sign in again. */
  sessionEnded: 4001,
} as const;
