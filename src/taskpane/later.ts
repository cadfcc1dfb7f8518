/**
 * Parts of the pane that are never on screen at first paint: a job's progress, the status bars' messages, the
 * skeleton's form (behind a closed disclosure) and a run's results. They are one chunk, fetched right after first
 * paint (with the engine, see App), so the JS before first paint holds none of them or of the Fluent components they
 * use (MessageBar, Field, ProgressBar, Textarea). Until the chunk is there they render nothing, as at first paint.
 */
import { useEffect, useSyncExternalStore } from 'react';

export type LaterParts = typeof import('./later-parts');

let parts: LaterParts | null = null;
let loading: Promise<LaterParts> | null = null;
const listeners = new Set<() => void>();

export function loadLaterParts(): Promise<LaterParts> {
  loading ??= import(/* webpackChunkName: "later" */ './later-parts').then(
    (loaded) => {
      parts = loaded;
      for (const listener of listeners) listener();
      return loaded;
    },
    (error: unknown) => {
      loading = null; // a failed fetch (network) may succeed on the next try
      throw error;
    },
  );
  return loading;
}

const subscribe = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const current = (): LaterParts | null => parts;

/**
 * The later parts once loaded (the component renders again then), else null. `needed`: the component has something
 * to show with them, so a fetch that failed (or has not started) is tried again.
 */
export function useLaterParts(needed = false): LaterParts | null {
  const loaded = useSyncExternalStore(subscribe, current, current);
  useEffect(() => {
    if (needed && !loaded) loadLaterParts().catch(() => undefined);
  }, [needed, loaded]);
  return loaded;
}
