/** The roster generator, run in a worker, stopped with a fault rather than an answer. */
export const viGenerator = {
  'generator.crashed': 'trình xếp lịch dừng bất ngờ ({detail})',
} as const;
