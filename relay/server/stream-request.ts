// Reads `/ws?mode=full&epoch=E&rev=N` strictly: a bad value is a clear 400, never a guess.
import type { ResumePoint, StreamMode } from '../../shared/protocol.js';
import type { SessionRequest } from '../hub/hub.js';

export type ParsedStreamRequest = { ok: true; request: SessionRequest } | { ok: false; message: string };

const EPOCH_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export function parseStreamRequest(query: URLSearchParams): ParsedStreamRequest {
  const modeText = query.get('mode') ?? 'delta';
  if (modeText !== 'delta' && modeText !== 'full') return { ok: false, message: 'mode must be "delta" or "full"' };
  const mode: StreamMode = modeText;
  const epoch = query.get('epoch');
  const revText = query.get('rev');
  if (epoch === null && revText === null) return { ok: true, request: { mode } };
  if (epoch === null || revText === null) return { ok: false, message: 'epoch and rev go together' };
  if (!EPOCH_PATTERN.test(epoch)) return { ok: false, message: 'epoch must be 1-64 letters, digits, "-" or "_"' };
  if (!/^\d{1,15}$/.test(revText)) return { ok: false, message: 'rev must be a whole number' };
  const resume: ResumePoint = { epoch, rev: Number(revText) };
  return { ok: true, request: { mode, resume } };
}
