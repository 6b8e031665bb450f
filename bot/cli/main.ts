#!/usr/bin/env node
/** The `license-desk` bin: runs the command line against this process's streams and environment. */
import { readEnvironment } from '../config';
import { runCli } from './run-cli';

void runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: readEnvironment(),
}).then((code) => process.exit(code));
