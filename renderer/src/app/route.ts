import { useEffect, useState } from 'react';
import { Area } from '../../../shared/api/area';

export const AREAS = Area.options;

export interface Route {
  area: Area;
  /** e.g. a plan id, then a shift id. */
  params: string[];
}

export function parseHash(hash: string): Route {
  const [area, ...params] = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  return { area: Area.catch('plans').parse(area), params };
}

export function hrefFor(area: Area, ...params: string[]): string {
  return `#/${[area, ...params].map(encodeURIComponent).join('/')}`;
}

export function navigate(area: Area, ...params: string[]): void {
  window.location.hash = hrefFor(area, ...params);
}

/** Hash routing keeps the app a single static page that works from app:// and from http in tests. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
