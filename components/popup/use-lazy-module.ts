import { useEffect, useState } from 'preact/hooks';

/**
 * Loads a module the first time it is `wanted` and keeps it: code the first
 * paint does not need (previews) stays out of the popup's opening weight.
 * `load` is one function for the page's lifetime (declare it at module level).
 */
export function useLazyModule<T>(load: () => Promise<T>, wanted: boolean): T | null {
  const [module, setModule] = useState<T | null>(null);
  useEffect(() => {
    if (!wanted || module) return;
    let current = true;
    void load().then((loaded) => current && setModule(() => loaded));
    return () => {
      current = false;
    };
  }, [load, wanted, module]);
  return module;
}
