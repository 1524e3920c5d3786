// Publishes the event format as JSON Schema (draft 2020-12), generated from the zod schemas in the build.
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { EventSchema } from '../dist/index.js';

const schema = z.toJSONSchema(EventSchema, { io: 'input', target: 'draft-2020-12' });
schema.title = 'positions-ledger event';
writeFileSync(new URL('../dist/event.schema.json', import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
console.log('wrote dist/event.schema.json');
