// Writes docs/plan.schema.json from the zod schema, so the published schema can never drift
// from what the app validates (a test fails when the file is stale).
import { writeFileSync } from 'node:fs';
import { planJsonSchema } from '../shared/plan/json-schema';

writeFileSync('docs/plan.schema.json', `${JSON.stringify(planJsonSchema(), null, 2)}\n`);
console.log('docs/plan.schema.json written');
