// How every headless Chromium of the project starts: the unit tests (web-test-runner), the end-to-end
// tests and the benchmarks. Debian's Chromium, as root, on a machine whose only network is loopback.

export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox', // we run as root
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  // No background connections: they would be refused, many at a time, on a closed network.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  // Pages side by side keep their timers and frames running.
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
]);
