import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planJsonSchema } from '../../../shared/plan/json-schema';

describe('docs/plan.schema.json', () => {
  it('is the schema generated from the zod plan schema (run `npx tsx scripts/gen-plan-schema.ts` after a change)', () => {
    expect(JSON.parse(readFileSync('docs/plan.schema.json', 'utf8'))).toEqual(planJsonSchema());
  });

  it('requires the fields a plan file cannot do without', () => {
    const schema = planJsonSchema() as { required: string[] };
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'id', 'name', 'window', 'createdAt', 'updatedAt']));
  });
});
