/**
 * The new user's password, from QORGAU_NEW_PASSWORD or standard input — never from the command
 * line, where it would stay in the shell history and be visible in `ps`. On a terminal the
 * typing is not echoed; from a pipe the first line is taken.
 */
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';

export async function readPasswordFromStdin(
  stdin: NodeJS.ReadStream = process.stdin,
  stderr: NodeJS.WriteStream = process.stderr,
): Promise<string> {
  if (!stdin.isTTY) {
    let text = '';
    stdin.setEncoding('utf8');
    for await (const chunk of stdin) {
      text += chunk as string;
      if (text.includes('\n') || text.length > 4096) break;
    }
    return (text.split(/\r?\n/)[0] ?? '').slice(0, 4096);
  }
  stderr.write('Password for the new user (not shown): ');
  // A muted output: readline still reads the line, the characters are not echoed.
  const muted = new Writable({ write: (_chunk, _enc, done) => done() });
  const rl = createInterface({ input: stdin, output: muted, terminal: true });
  try {
    return await new Promise<string>((resolve) => rl.question('', resolve));
  } finally {
    rl.close();
    stderr.write('\n');
  }
}
