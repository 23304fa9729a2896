// The session hub: sends each client its first message (a snapshot, or just the deltas it missed),
// then every commit as the same pre-serialized text. Knows nothing of sockets or HTTP.
import type { ResumePoint, StreamMode } from '../../shared/protocol.js';
import type { Commit, StateStore } from '../store/state-store.js';
import { CloseCode, type ClientLink } from './client-link.js';
import { handleClientMessage } from './client-messages.js';

export interface SessionRequest {
  mode: StreamMode;
  resume?: ResumePoint;
}

export interface Session {
  readonly link: ClientLink;
  readonly mode: StreamMode;
}

export interface HubOptions {
  /** A client whose unsent bytes exceed this is closed with 4008 and may resume. */
  maxBufferedBytes?: number;
}

export class Hub {
  private readonly sessions = new Set<Session>();
  private readonly countListeners = new Set<(count: number) => void>();
  private readonly maxBufferedBytes: number;
  private readonly unsubscribe: () => void;

  constructor(private readonly store: StateStore, options: HubOptions = {}) {
    this.maxBufferedBytes = options.maxBufferedBytes ?? 8 * 1024 * 1024;
    this.unsubscribe = store.subscribe((commit) => this.broadcast(commit));
  }

  get clientCount(): number {
    return this.sessions.size;
  }

  /** Listens to the number of connected clients (usage sampling runs only while it is above zero). */
  onClientCount(listener: (count: number) => void): () => void {
    this.countListeners.add(listener);
    return () => this.countListeners.delete(listener);
  }

  attach(link: ClientLink, request: SessionRequest): Session {
    const session: Session = { link, mode: request.mode };
    this.sessions.add(session);
    this.sendFirst(session, request.resume);
    this.notifyCount();
    return session;
  }

  detach(session: Session): void {
    if (this.sessions.delete(session)) this.notifyCount();
  }

  /** A text frame from a client. */
  receive(session: Session, text: string): void {
    const reply = handleClientMessage(text);
    if (reply) session.link.send(reply);
  }

  close(): void {
    this.unsubscribe();
    for (const session of this.sessions) session.link.close(CloseCode.goingAway, 'relay shutting down');
    this.sessions.clear();
  }

  private sendFirst(session: Session, resume: ResumePoint | undefined): void {
    const missed = session.mode === 'delta' && resume?.epoch === this.store.epoch ? this.store.deltasSince(resume.rev) : undefined;
    if (missed) for (const entry of missed) session.link.send(entry.text);
    else session.link.send(this.store.snapshotText());
  }

  private broadcast(commit: Commit): void {
    for (const session of this.sessions) {
      if (session.link.bufferedAmount > this.maxBufferedBytes) {
        this.sessions.delete(session);
        session.link.close(CloseCode.tooSlow, 'too slow: reconnect to resume');
        this.notifyCount();
        continue;
      }
      session.link.send(session.mode === 'full' ? this.store.snapshotText() : commit.text);
    }
  }

  private notifyCount(): void {
    for (const listener of this.countListeners) listener(this.sessions.size);
  }
}
