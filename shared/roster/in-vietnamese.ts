import { say } from '../i18n';
import type { Violation } from './check';
import type { SeatExplanation } from './explain';

/**
 * The checker's verdicts as they leave the app in writing (the CLI's JSON and text, the duty log's
 * refusal): with their Vietnamese sentences, the fields these outputs have always had. The UI
 * puts the same messages in its own language instead.
 */
export function violationRecord({ text, ...violation }: Violation) {
  return { ...violation, message: say('vi', text) };
}

export function explanationRecord(e: SeatExplanation) {
  return { seatId: e.seatId, shiftId: e.shiftId, message: say('vi', e.text), suggestion: e.suggestion && say('vi', e.suggestion) };
}
