import { z } from 'zod';
import { Plan } from './schema';

/** The JSON Schema of a `.lichtruc.json` plan file, as the app reads it. */
export function planJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Plan, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://lichtruc.vn/schema/plan.schema.json',
    title: 'Lịch Trực plan file (.lichtruc.json)',
  };
}
