import { AddressInfo, createServer, Server } from 'node:net';

/**
 * A tiny SMTP responder on loopback — the one stand-in allowed in these tests (the mail
 * server). It accepts every message and keeps the raw DATA of each.
 */
export class FakeSmtpServer {
  readonly messages: string[] = [];
  private server: Server | undefined;

  static async freePort(): Promise<number> {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    return port;
  }

  async listen(port: number): Promise<void> {
    this.server = createServer((socket) => {
      let buffer = '';
      let data: string | null = null;
      const reply = (line: string) => socket.write(`${line}\r\n`);
      reply('220 fake.loa ESMTP');
      socket.on('data', (chunk) => {
        buffer += chunk.toString('utf8');
        for (;;) {
          if (data !== null) {
            const end = buffer.indexOf('\r\n.\r\n');
            if (end < 0) return;
            this.messages.push(data + buffer.slice(0, end));
            buffer = buffer.slice(end + 5);
            data = null;
            reply('250 2.0.0 queued');
            continue;
          }
          const newline = buffer.indexOf('\r\n');
          if (newline < 0) return;
          const line = buffer.slice(0, newline);
          buffer = buffer.slice(newline + 2);
          const verb = line.slice(0, 4).toUpperCase();
          if (verb === 'EHLO' || verb === 'HELO') reply('250 fake.loa');
          else if (verb === 'DATA') {
            data = '';
            reply('354 go ahead');
          } else if (verb === 'QUIT') {
            reply('221 bye');
            socket.end();
          } else reply('250 OK');
        }
      });
      socket.on('error', () => socket.destroy());
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve(),
    );
  }
}
