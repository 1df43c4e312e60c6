/**
 * Why the HTTP server could not listen, as the one line an operator needs. The server listens before the
 * bot opens anything, so a port in use stops the start with nothing changed.
 */
export class HttpListenError extends Error {}

export async function listenOrExplain<T>(host: string, port: number, listen: () => Promise<T>): Promise<T> {
  try {
    return await listen();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const where = `${host}:${port}`;
    if (code === 'EADDRINUSE') {
      throw new HttpListenError(`HTTP port ${where} is in use: stop what holds it or set HTTP_PORT to a free port`);
    }
    if (code === 'EACCES') throw new HttpListenError(`HTTP port ${where} needs privileges: use a port above 1023`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
      throw new HttpListenError(`HTTP_HOST ${host} is not an address of this machine`);
    }
    throw new HttpListenError(`cannot listen on ${where}: ${(error as Error).message}`);
  }
}
