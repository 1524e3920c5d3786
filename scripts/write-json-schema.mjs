// Publishes the event format as JSON Schema (draft 2020-12), generated from the classic zod schemas of the
// build (`positions-ledger/schemas`).
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { EventSchema } from '../dist/schemas.js';

const schema = z.toJSONSchema(EventSchema, { io: 'input', target: 'draft-2020-12' });
schema.title = 'positions-ledger event';
writeFileSync(new URL('../dist/event.schema.json', import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
console.log('wrote dist/event.schema.json');
