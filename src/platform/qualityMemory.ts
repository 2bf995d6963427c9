import type { QualityLevel, QualityMemory } from './quality'

/**
 * Where `auto` quality remembers what it measured, read before the stage exists (the render resolution is
 * fixed when the stage is made), which is before the SDK's Storage is namespaced: so localStorage directly,
 * under a key of the app's own. A device without storage simply measures again each start.
 */
export function localQualityMemory(
  appId: string,
  /** platform/localStore.ts: undefined where the device has no localStorage. */
  store: Storage | undefined,
): QualityMemory {
  const key = `${appId}.lightwire-quality`
  return {
    read: () => {
      try {
        return store?.getItem(key) ?? undefined
      } catch {
        // Storage that throws on read (some TV browsers in private modes) is storage we do not have.
        return undefined
      }
    },
    write: (level: QualityLevel) => {
      try {
        store?.setItem(key, level)
      } catch {
        // Full or forbidden: the decision holds for this session and is measured again next time.
      }
    },
  }
}
