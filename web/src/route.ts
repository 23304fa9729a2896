// The app's routes: one URL per view and per container, so every screen can be linked to.

export type Route =
  | { view: 'overview' }
  | { view: 'containers' }
  | { view: 'container'; id: string }
  | { view: 'images' }
  | { view: 'volumes' }
  | { view: 'networks' }
  | { view: 'events' }
  | { view: 'not-found'; path: string };

const SIMPLE = ['containers', 'images', 'volumes', 'networks', 'events'] as const;

/** The route a path names. */
export function parseRoute(pathname: string): Route {
  const parts = pathname.split('/').filter((part) => part !== '');
  const [first, second, ...rest] = parts;
  if (first === undefined) return { view: 'overview' };
  if (first === 'containers' && second !== undefined && rest.length === 0) {
    return { view: 'container', id: safeDecode(second) };
  }
  const simple = SIMPLE.find((view) => view === first);
  if (simple && second === undefined) return { view: simple };
  return { view: 'not-found', path: pathname };
}

/** The path of a route. */
export function routePath(route: Route): string {
  if (route.view === 'overview') return '/';
  if (route.view === 'container') return `/containers/${encodeURIComponent(route.id)}`;
  if (route.view === 'not-found') return route.path;
  return `/${route.view}`;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
