// The shell's navigation: which views there are and what a link to each is called.
import type { Route } from '../route.js';

export interface NavItem {
  path: string;
  label: string;
  /** Whether this item is the current one for a route (a container's page belongs to Containers). */
  matches(route: Route): boolean;
}

const item = (path: string, label: string, views: Array<Route['view']>): NavItem => ({
  path, label, matches: (route) => views.includes(route.view),
});

export const NAV_ITEMS: readonly NavItem[] = [
  item('/', 'Overview', ['overview']),
  item('/containers', 'Containers', ['containers', 'container']),
  item('/images', 'Images', ['images']),
  item('/volumes', 'Volumes', ['volumes']),
  item('/networks', 'Networks', ['networks']),
  item('/events', 'Events', ['events']),
];
