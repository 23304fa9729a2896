// Client-side routing with the History API: same-origin link clicks (also from inside views' shadow
// roots) and back/forward change the route without a reload. The relay serves the shell for any path.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseRoute, type Route } from '../route.js';

export class RouteController implements ReactiveController {
  route: Route;

  constructor(private readonly host: ReactiveControllerHost, private readonly win: Window = window) {
    this.route = parseRoute(win.location.pathname);
    host.addController(this);
  }

  hostConnected(): void {
    this.win.addEventListener('click', this.onClick);
    this.win.addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    this.win.removeEventListener('click', this.onClick);
    this.win.removeEventListener('popstate', this.onPopState);
  }

  /** Goes to `path` as a new history entry. */
  navigate(path: string): void {
    if (path !== this.win.location.pathname) this.win.history.pushState(null, '', path);
    this.update();
    this.win.scrollTo(0, 0);
  }

  private readonly onPopState = (): void => this.update();

  private readonly onClick = (event: MouseEvent): void => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!anchor || !anchor.href || (anchor.target && anchor.target !== '_self') || anchor.hasAttribute('download')) return;
    const url = new URL(anchor.href);
    // Only the app's own routes: not other origins, files, the API or the stream.
    if (url.origin !== this.win.location.origin || /\.[A-Za-z0-9]+$/.test(url.pathname) || /^\/(api|ws)(\/|$)/.test(url.pathname)) return;
    event.preventDefault();
    this.navigate(url.pathname + url.search);
  };

  private update(): void {
    this.route = parseRoute(this.win.location.pathname);
    this.host.requestUpdate();
  }
}
