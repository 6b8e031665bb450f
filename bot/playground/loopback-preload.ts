/**
 * A module preloaded into the Agents Playground's Node process (`node --import <this URL>`).
 *
 * - Its CLI has no host option and listens on all interfaces; the playground lets anyone who
 *   reaches it act as a License Administrator, so every `listen(port)` without a host is bound
 *   to the loopback interface instead.
 * - It is a child process: if License Desk dies without closing it (SIGKILL, crash), the child is
 *   re-parented; it notices the changed parent and exits instead of lingering on its port.
 */
const source = `
import net from 'node:net';
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  if (typeof args[0] === 'number' && typeof args[1] !== 'string') args.splice(1, 0, '127.0.0.1');
  return listen.apply(this, args);
};
const parent = process.ppid;
setInterval(() => { if (process.ppid !== parent) process.exit(0); }, 1000).unref();
`;

/** A `data:` URL for `node --import`, so no extra file has to exist next to compiled output. */
export const LOOPBACK_PRELOAD_URL = `data:text/javascript,${encodeURIComponent(source)}`;
