// One shared clock for every element that shows times relative to now ("Up 5 minutes"): a single timer
// however many rows are on screen, stopped when none is connected.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const hosts = new Set<ReactiveControllerHost>();
let timer: ReturnType<typeof setInterval> | undefined;
const TICK_MS = 1000;

function tick(): void {
  for (const host of hosts) host.requestUpdate();
}

/** Re-renders its host every second; `now` is the time of the last tick. */
export class NowController implements ReactiveController {
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  get now(): number {
    return Date.now();
  }

  hostConnected(): void {
    hosts.add(this.#host);
    timer ??= setInterval(tick, TICK_MS);
  }

  hostDisconnected(): void {
    hosts.delete(this.#host);
    if (hosts.size === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  }
}
