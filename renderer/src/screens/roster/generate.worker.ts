// Runs the generator off the UI thread, so a month-long plan never freezes the editor.
import { generateRoster } from '../../../../shared/roster/generate';
import { generatorFault, type GenerateReply, type GenerateRequest } from './generate-protocol';

/** The worker's own global; the renderer's DOM typings describe a window instead. */
const scope = self as unknown as { postMessage(reply: GenerateReply): void; onmessage: ((event: MessageEvent<GenerateRequest>) => void) | null };

/** Progress is reported at most this often: each message costs a render in the editor. */
const PROGRESS_STEP = 0.02;

scope.onmessage = ({ data }) => {
  let reported = 0;
  try {
    const result = generateRoster(data.problem, {
      seed: data.seed,
      mode: data.mode,
      fillOnly: data.fillOnly,
      onProgress: (fraction) => {
        if (fraction - reported < PROGRESS_STEP && fraction < 1) return;
        reported = fraction;
        scope.postMessage({ type: 'progress', fraction });
      },
    });
    scope.postMessage({ type: 'done', result });
  } catch (error) {
    scope.postMessage({ type: 'failed', message: generatorFault(error) });
  }
};
