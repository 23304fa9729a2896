import { expect, it } from 'vitest';
import type { EngineEvent } from '../../shared/types.js';
import { aContainer } from '../store/test-entities.js';
import { containerImpliedByEvent, predatesShownExit } from './event-implied-state.js';

const die = (attributes: Record<string, string>): EngineEvent =>
  ({ time: 1700000000123.456, type: 'container', action: 'die', actorId: 'a', name: 'c-a', attributes });

it('shows a running container as exited, with the code, the moment it dies', () => {
  expect(containerImpliedByEvent(die({ exitCode: '137' }), aContainer('a'))).toMatchObject({
    state: 'exited', exitCode: 137, pid: null, finishedAt: 1700000000123,
  });
  expect(containerImpliedByEvent(die({ exitCode: '0' }), aContainer('a', { state: 'paused' }))?.state).toBe('exited');
});

it('says nothing it cannot prove', () => {
  expect(containerImpliedByEvent(die({ exitCode: '1' }), undefined)).toBeUndefined();
  expect(containerImpliedByEvent(die({ exitCode: '1' }), aContainer('a', { state: 'exited' }))).toBeUndefined();
  expect(containerImpliedByEvent({ ...die({}), action: 'kill' }, aContainer('a'))).toBeUndefined();
  expect(containerImpliedByEvent(die({}), aContainer('a', { exitCode: null }))?.exitCode).toBeNull();
});

it('knows an inspect answer that started before the exit it would undo', () => {
  const shown = containerImpliedByEvent(die({ exitCode: '0' }), aContainer('a'));
  expect(predatesShownExit(aContainer('a'), shown)).toBe(true);
  // Started again since: a newer run, not an old answer.
  expect(predatesShownExit(aContainer('a', { startedAt: 99 }), shown)).toBe(false);
  expect(predatesShownExit(aContainer('a', { state: 'exited' }), shown)).toBe(false);
  expect(predatesShownExit(undefined, shown)).toBe(false);
});
