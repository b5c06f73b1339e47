// A harness self-check: a pure loop against the same loop doing twice the work.
import { measure, ratio, type BenchReport } from './lib.js';

function work(n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += Math.sqrt(i);
  return s;
}

export default async function run(): Promise<BenchReport> {
  const one = await measure('sqrt loop ×1e5', () => work(1e5));
  const two = await measure('sqrt loop ×2e5', () => work(2e5));
  return { title: 'Harness self-check', rows: [ratio(one, two, '×2e5'), two] };
}
