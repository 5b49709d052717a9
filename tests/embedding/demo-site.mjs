// Starts the real demo server (`npm start` without the build) on a free port, for tests that drive
// the demo site in Chromium. The feedback it receives goes to a throwaway file.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function startDemoSite() {
  const feedbackFile = join(mkdtempSync(join(tmpdir(), 'helse-demo-')), 'feedback.jsonl');
  const child = spawn(process.execPath, ['server/demo-server.mjs'], {
    env: { ...process.env, PORT: '0', FEEDBACK_FILE: feedbackFile },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /http:\/\/localhost:\d+\//.exec(output);
      if (match) resolve(match[0]);
    });
    child.once('exit', (code) => reject(new Error(`demo server exited with ${code}: ${output}`)));
  });
  return { url, feedbackFile, stop: () => child.kill() };
}
