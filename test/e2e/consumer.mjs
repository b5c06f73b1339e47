// A consumer project in a temporary folder with the package installed from `npm pack`, as an install
// would leave it: the unpacked tarball and the package's dependencies (copied from this project's
// node_modules: nothing from the network, nothing from devDependencies), plus links to the `extra`
// tools the test names (vite, webpack, @types/react …) from this project's devDependencies.
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const run = promisify(execFile);
export const root = fileURLToPath(new URL('../..', import.meta.url));

/** `names` and everything they depend on, as installed in this project's node_modules. */
export async function dependencyClosure(names) {
  const seen = new Set();
  const queue = [...names];
  while (queue.length) {
    const name = queue.shift();
    if (seen.has(name)) continue;
    seen.add(name);
    const meta = JSON.parse(await readFile(join(root, 'node_modules', name, 'package.json'), 'utf8'));
    const optional = new Set(
      Object.entries(meta.peerDependenciesMeta ?? {})
        .filter(([, m]) => m.optional)
        .map(([n]) => n),
    );
    queue.push(
      ...Object.keys(meta.dependencies ?? {}),
      ...Object.keys(meta.peerDependencies ?? {}).filter((n) => !optional.has(n)),
    );
  }
  return [...seen];
}

/** Creates the consumer project; returns its folder and a function that removes it. */
export async function consumerProject({ extra = [] } = {}) {
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  const tmp = await mkdtemp(join(tmpdir(), 'regin-consumer-'));
  const dir = join(tmp, 'app');
  const modules = join(dir, 'node_modules');
  await mkdir(join(modules, 'regin-widgets'), { recursive: true });
  const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp], {
    cwd: root,
    maxBuffer: 64 << 20,
  });
  const tarball = join(tmp, JSON.parse(stdout)[0].filename);
  await run('tar', ['-xzf', tarball, '-C', join(modules, 'regin-widgets'), '--strip-components=1']);
  // Copied, not linked: a dev server then finds them inside the project, as after an install.
  for (const name of await dependencyClosure(Object.keys(pkg.dependencies ?? {}))) {
    await cp(join(root, 'node_modules', name), join(modules, name), { recursive: true, dereference: true });
  }
  // The tools the test itself uses, linked as they are (they resolve their own dependencies from here).
  for (const name of extra) {
    await mkdir(join(modules, name, '..'), { recursive: true });
    await symlink(join(root, 'node_modules', name), join(modules, name)).catch((e) => {
      if (e.code !== 'EEXIST') throw e;
    });
  }
  return { dir, remove: () => rm(tmp, { recursive: true, force: true }) };
}
