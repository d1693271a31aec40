import DataLoader from 'dataloader';

/** Per-request DataLoaders, kept on the GraphQL context so batches never cross requests or users. */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();

  get<V>(name: string, batch: (keys: readonly string[]) => Promise<Map<string, V>>, fallback: V): DataLoader<string, V> {
    let loader = this.loaders.get(name) as DataLoader<string, V> | undefined;
    if (!loader) {
      loader = new DataLoader<string, V>(async (keys) => {
        const found = await batch(keys);
        return keys.map((key) => found.get(key) ?? fallback);
      });
      this.loaders.set(name, loader);
    }
    return loader;
  }
}
