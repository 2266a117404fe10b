// The baseline: a bare Fastify hello-world, measured in the same run as Stationhand. With BENCH_BODIES
// (a folder of NAME.json files) it also answers GET /body/NAME with that file's bytes as they are: the
// same answer a list gives, sent the fastest way, so a list's ratio can be read beside its own floor.
import fs from 'node:fs';
import path from 'node:path';
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/', async () => ({ hello: 'world' }));
const folder = process.env.BENCH_BODIES;
for (const file of folder ? fs.readdirSync(folder) : []) {
  const body = fs.readFileSync(path.join(folder, file));
  app.get(`/body/${path.basename(file, '.json')}`, (_req, reply) => {
    reply.type('application/json').send(body);
  });
}
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
console.log('ready');
