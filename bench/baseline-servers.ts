/**
 * The baselines, as a child process: `ws <port>` a bare ws server that broadcasts a payload of a given
 * size on POST /trigger; `hono <port>` a bare Hono JSON POST handler. Prints "listening <port>".
 */
import { createServer } from 'node:http';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { WebSocketServer } from 'ws';

const [mode] = process.argv.slice(2);

if (mode === 'ws') {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      const { size } = JSON.parse(body) as { size: number };
      const payload = JSON.stringify({ type: 'event', at: Date.now(), pad: 'x'.repeat(Math.max(0, size - 40)) });
      for (const client of wss.clients) client.send(payload);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
  });
  const wss = new WebSocketServer({ server });
  server.listen(0, '127.0.0.1', () => console.log(`listening ${(server.address() as { port: number }).port}`));
} else if (mode === 'hono') {
  const app = new Hono();
  app.post('/tickets', async (c) => {
    const body = await c.req.json<{ serviceId: number }>();
    return c.json({ ticket: { id: Date.now(), serviceId: body.serviceId, code: 'A001', status: 'waiting' } }, 201);
  });
  const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => console.log(`listening ${info.port}`));
  void s;
} else {
  console.error('usage: baseline-servers.ts ws|hono');
  process.exit(2);
}
