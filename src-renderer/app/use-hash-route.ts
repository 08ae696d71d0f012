import { useEffect, useState } from 'react';
import { defaultArea, isAreaId, type AreaId } from './areas';

/** "#/settings" → 'settings'. Hash routes work under app:// and over plain HTTP alike. */
export function areaFromHash(hash: string): AreaId {
  const id = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return isAreaId(id) ? id : defaultArea;
}

export function useHashRoute(): AreaId {
  const [area, setArea] = useState<AreaId>(() => areaFromHash(location.hash));
  useEffect(() => {
    const onChange = () => setArea(areaFromHash(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return area;
}

/** Query parameters after the area: "#/consultations?check=ID" → check=ID. */
export function hashParams(hash: string): URLSearchParams {
  const q = hash.indexOf('?');
  return new URLSearchParams(q >= 0 ? hash.slice(q + 1) : '');
}

export function useHashParams(): URLSearchParams {
  const [hash, setHash] = useState(() => location.hash);
  useEffect(() => {
    const onChange = () => setHash(location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return hashParams(hash);
}
