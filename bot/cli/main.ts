#!/usr/bin/env node
/** The `license-desk` bin: runs the command line against this process's streams and environment. */
import { readEnvironment } from '../config';
import { runCli } from './run-cli';

// No process.exit(): on a pipe, stdout writes are asynchronous and exit() would drop what is still
// queued (a --json answer was cut at 64 KiB). Setting the exit code lets Node flush stdout and exit
// once nothing is left to do; connectServices closes every server and client it opened.
void runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: readEnvironment(),
}).then((code) => {
  process.exitCode = code;
});
