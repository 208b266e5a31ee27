import { prisma } from './prisma/cli';
import { resolveTemporalCli } from './tools/temporal-cli';
import { ensureWebBuild } from './web/build';

/**
 * What `npm start` and `npm test` need before they run, on a fresh clone: the Prisma
 * client generated, a Temporal CLI (unless TEMPORAL_ADDRESS names a server to use) and the web app built.
 */
const say = (line: string) => console.error(`[setup] ${line}`);
await prisma(['generate']);
if (process.env.TEMPORAL_ADDRESS) say(`using the Temporal server at TEMPORAL_ADDRESS=${process.env.TEMPORAL_ADDRESS}`);
else await resolveTemporalCli(say);
await ensureWebBuild(say);
