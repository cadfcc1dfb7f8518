/**
 * The run-time half of scripts/fluent-static-loader.cjs: a style hook whose left-to-right class names were computed at
 * build time. Griffel's `__css` joins and hashes every slot's classes on a hook's first use; here the precomputed
 * names are returned as they are, after registering each slot's classes in Griffel's lookup table (what its own
 * `reduceToClassNameForSlots` does) so that `mergeClasses` can still merge them. Right-to-left uses Griffel's `__css`.
 */
import { __css, useFluent } from '@fluentui/react-components';

type ClassesMapBySlot = Parameters<typeof __css>[0];
type ClassNamesForSlots = Record<string, string>;

/** Griffel's table of class sequences, shared by all its copies on a page through this global symbol. */
const LOOKUP_TABLE = Symbol.for('@griffel/DEFINITION_LOOKUP_TABLE');
/** A sequence hash: `___` and 7 characters (production builds), first in a slot's class names. */
const SEQUENCE_SIZE = 10;

export function __cssLtr(
  classesMapBySlot: ClassesMapBySlot,
  ltr: ClassNamesForSlots,
): () => ClassNamesForSlots {
  const computed = __css(classesMapBySlot);
  let registered = false;
  return function useClasses() {
    if (useFluent().dir !== 'ltr') return computed();
    if (!registered) {
      registered = true;
      const global = globalThis as unknown as Record<symbol, Record<string, unknown> | undefined>;
      const table = (global[LOOKUP_TABLE] ??= {});
      for (const slot in ltr) {
        if (ltr[slot]) table[ltr[slot].slice(0, SEQUENCE_SIZE)] = [classesMapBySlot[slot], 'ltr'];
      }
    }
    return ltr;
  };
}
