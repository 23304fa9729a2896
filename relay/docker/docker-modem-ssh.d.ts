// docker-modem ships no types; the relay uses only its SSH agent factory, loaded for ssh:// engines.
declare module 'docker-modem/lib/ssh.js' {
  import type { Agent } from 'node:http';
  const sshAgent: (options: object) => Agent;
  export default sshAgent;
}
