/**
 * The map geometry files that ship with the code, as lazily imported modules (see src/assets.ts): the
 * bundler lists every file of `assets/geometry/` here, so this list loads only with a map.
 */
export function importGeometry(name: string): Promise<{ default: unknown }> {
  return import(`./assets/geometry/${name}.json`);
}
