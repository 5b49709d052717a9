// Starts one of the server commands (`node server/collector.mjs`, `node server/receiver.mjs`) as a child
// process on a free port and resolves once it prints the address it answers on.
import { spawn } from 'node:child_process';

/**
 * @param {string} script e.g. 'server/collector.mjs'
 * @param {Record<string, string>} env added to this process's environment
 * @returns {Promise<{ child: import('node:child_process').ChildProcess, url: string, output: () => string,
 *   kill(signal?: NodeJS.Signals): Promise<void> }>}
 */
export function startServerProcess(script, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], {
      env: { ...process.env, PORT: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const exited = new Promise((done) => child.once('exit', done));
    const collect = (chunk) => {
      output += chunk;
      const match = /http:\/\/localhost:(\d+)\//.exec(output);
      if (match)
        resolve({
          child,
          url: `http://127.0.0.1:${match[1]}`,
          output: () => output,
          async kill(signal = 'SIGKILL') {
            if (child.exitCode === null && child.signalCode === null) child.kill(signal);
            await exited;
          },
        });
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}: ${output}`)));
  });
}

/** POSTs a JSON body to `url`. */
export const postJson = (url, value, headers = {}) =>
  fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof value === 'string' ? value : JSON.stringify(value),
  });
