#!/usr/bin/env node
// regin-feed: validate a regin-feed, or build one from CSV files. `regin-feed help` for usage.
import { main } from './lib/cli.mjs';

process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
