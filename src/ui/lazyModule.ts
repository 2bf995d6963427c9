/**
 * A lazily imported module that, once in, is at hand synchronously: a key whose answer lives in a chunk
 * (the exit dialog) is answered in the same task when the chunk was warmed beforehand, and one tick later
 * when it was not. A failed import may be tried again.
 */
export interface LazyModule<T> {
  /** The module, once an import has finished. */
  readonly loaded: T | undefined
  load(): Promise<T>
}

export function lazyModule<T>(importer: () => Promise<T>): LazyModule<T> {
  let loaded: T | undefined
  let loading: Promise<T> | undefined
  return {
    get loaded() {
      return loaded
    },
    load() {
      loading ??= importer().then(
        (module) => {
          loaded = module
          return module
        },
        (error: unknown) => {
          loading = undefined
          throw error
        },
      )
      return loading
    },
  }
}
