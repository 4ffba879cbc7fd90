import NodeEnvironment from 'jest-environment-node';

/**
 * Jest's Node environment, plus a quick exit for Jest's worker processes.
 *
 * When every test file has run, Jest asks each worker to end and force-kills one that has not
 * exited within 500 ms, reporting "A worker process has failed to exit gracefully … likely caused
 * by tests leaking due to improper teardown". The Playground and browser suites leave no handle
 * open (no socket, timer, child process or database: see docs/development.md), yet their worker
 * holds a heap of about 350 MB (the bot, botbuilder, teams-ai and playwright-core loaded through
 * Jest's module registry), and a Node process that leaves by an empty event loop frees that heap
 * page by page, which took over a second on this shared machine. `process.exit` on
 * `beforeExit` skips the teardown. This module runs outside the test sandbox, so `process` is the
 * worker's own, not the copy Jest gives every test file.
 */
const installed = Symbol.for('samordna.jest.quickWorkerExit');
const worker = process as NodeJS.Process & { [installed]?: true };
// Only in a worker (it talks to Jest over IPC): an in-band run exits through Jest's CLI. The
// event loop of a worker empties only after Jest's "end" message removed the IPC listener.
if (typeof worker.send === 'function' && worker[installed] !== true) {
  worker[installed] = true;
  worker.once('beforeExit', (code) => worker.exit(code));
}

export default NodeEnvironment;
