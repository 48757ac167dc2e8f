/**
 * Runs Doyensec's Electronegativity (programmatic API) on one input and writes its findings as JSON.
 * Used by electronegativity.test.ts in a child process.
 *
 * The report is written here, from the issues run() returns, not by the tool: its CSV writer
 * writes the header (truncating) and appends the rows as two concurrent fs.writeFile calls, so
 * when the append lands first the header overwrites the first 74 bytes of the first row (seen in
 * CI as a CSP finding without issue, severity or file).
 *
 * Offline on purpose: Electronegativity fetches translations and Electron's release list from
 * the internet on every run (and waits for time-outs when there is no network). Its HTTP client
 * (got) is replaced by one that fails at once, so it uses the translations and release list it
 * ships with, and a test never reaches outside this machine.
 *
 * argv: <input file or folder> <output .json> <electron version>
 */
/* global require, process, console -- a plain CommonJS script for Node, outside the TS config */
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS on purpose: Module._load must be patched before the tool loads */
'use strict';
const fs = require('node:fs');
const Module = require('node:module');

const offline = () => Promise.reject(new Error('offline: tests never use the network'));
const gotStub = Object.assign(offline, { head: offline, get: offline, post: offline, stream: offline, extend: () => gotStub });
const originalLoad = Module._load;
Module._load = function load(request, ...rest) {
  if (request === 'got') return gotStub;
  return originalLoad.call(this, request, ...rest);
};

const [input, output, electronVersion] = process.argv.slice(2);
// The tool prints its own progress with console.log; keep stdout for the summary line.
const log = console.log;
console.log = () => undefined;
const run = require('@doyensec/electronegativity');
run({
  input,
  isSarif: false,
  customScan: [],
  excludeFromScan: [],
  isRelative: true,
  isVerbose: false,
  electronVersionOverride: electronVersion,
  parserPlugins: [],
}).then(
  (result) => {
    const issues = (result?.issues ?? []).map((issue) => ({
      issue: issue.id,
      severity: issue.severity.name,
      filename: issue.file,
      location: `${issue.location.line}:${issue.location.column}`,
      sample: issue.sample ?? '',
    }));
    fs.writeFileSync(output, JSON.stringify(issues, null, 2));
    log(JSON.stringify({ issues: result?.issues?.length ?? null, errors: result?.errors?.length ?? 0 }));
  },
  (error) => {
    console.error(String(error && error.stack ? error.stack : error));
    process.exit(1);
  },
);
