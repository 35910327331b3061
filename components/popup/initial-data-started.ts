import { loadInitialData } from './initial-load';

/*
 * The popup's entry imports this first, so its settings and cached rows are
 * being read while the browser evaluates the UI's code (module evaluation
 * follows import order). The mark is a step of docs/performance.md's trace.
 */
export const initialData = loadInitialData().then((data) => (performance.mark('hq:initial-data'), data));
