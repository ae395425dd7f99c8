import type { viGenerator } from '../vi/generator';

export const enGenerator: Record<keyof typeof viGenerator, string> = {
  'generator.crashed': 'the roster generator stopped unexpectedly ({detail})',
};
