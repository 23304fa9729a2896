// `node dist/relay/hash-password.js > portlight.pass`: asks for a password (never on the command
// line, where `ps` and shell history would keep it) and prints its scrypt hash for --password-file.
import { hashPassword } from './auth/password-hash.js';

const MIN_LENGTH = 12;

async function readPassword(): Promise<string> {
  const input = process.stdin;
  if (!input.isTTY) {
    // Piped: the first line is the password.
    let text = '';
    for await (const chunk of input) text += String(chunk);
    return text.split(/\r?\n/)[0] ?? '';
  }
  process.stderr.write('Password (not shown): ');
  input.setRawMode(true);
  input.setEncoding('utf8');
  return new Promise((resolve) => {
    let password = '';
    const onData = (chunk: string): void => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n' || char === '\u0004') {
          input.setRawMode(false);
          input.off('data', onData);
          input.pause();
          process.stderr.write('\n');
          resolve(password);
          return;
        }
        if (char === '\u0003') process.exit(130);
        password = char === '\u007f' ? password.slice(0, -1) : password + char;
      }
    };
    input.on('data', onData);
  });
}

const password = await readPassword();
if (password.length < MIN_LENGTH) {
  process.stderr.write(`portlight: use a password of at least ${MIN_LENGTH} characters\n`);
  process.exit(2);
}
process.stdout.write(`${await hashPassword(password)}\n`);
