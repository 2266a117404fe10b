import * as highsModule from 'highs';

export type Highs = import('highs').Highs;
type Loader = () => Promise<Highs>;

/**
 * The package's types describe a CommonJS module while Node loads its ES module build, so the
 * loader is the namespace's default at run time and its default's default to the type checker.
 */
const loader: Loader = (
  typeof highsModule.default === 'function' ? highsModule.default : highsModule.default.default
) as Loader;

let instance: Promise<Highs> | undefined;

/**
 * The HiGHS MILP solver (WebAssembly), loaded once per process: loading compiles the module
 * (~70 ms), while each model owns its own native instance.
 */
export function loadHighs(): Promise<Highs> {
  instance ??= loader();
  return instance;
}
