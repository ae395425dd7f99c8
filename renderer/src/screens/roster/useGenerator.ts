import { useCallback, useEffect, useRef, useState } from 'react';
import type { GenerateResult } from '../../../../shared/roster/generate';
import type { Message } from '../../../../shared/i18n/message';
import { generatorFault, type GenerateReply, type GenerateRequest } from './generate-protocol';

export interface GeneratorRun {
  mode: GenerateRequest['mode'];
  /** 0–1. */
  progress: number;
}

/**
 * The generator in a Web Worker. Cancelling ends the worker: the search runs synchronously inside
 * it and cannot read a message until it is done, and the roster stays as it was before the run.
 */
export function useGenerator(onDone: (result: GenerateResult, request: GenerateRequest) => void, onFailed: (message: Message) => void) {
  const [run, setRun] = useState<GeneratorRun | null>(null);
  const worker = useRef<Worker | null>(null);
  const callbacks = useRef({ onDone, onFailed });
  callbacks.current = { onDone, onFailed };

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
    setRun(null);
  }, []);

  const start = useCallback(
    (request: GenerateRequest) => {
      stop();
      // Vite bundles the worker as a file of its own: the CSP allows same-origin scripts only.
      const w = new Worker(new URL('./generate.worker.ts', import.meta.url), { type: 'module' });
      worker.current = w;
      setRun({ mode: request.mode, progress: 0 });
      w.onmessage = ({ data }: MessageEvent<GenerateReply>) => {
        if (worker.current !== w) return;
        if (data.type === 'progress') {
          setRun({ mode: request.mode, progress: data.fraction });
          return;
        }
        stop();
        if (data.type === 'done') callbacks.current.onDone(data.result, request);
        else callbacks.current.onFailed(data.message);
      };
      w.onerror = (event) => {
        stop();
        callbacks.current.onFailed(generatorFault(event.message));
      };
      w.postMessage(request);
    },
    [stop],
  );

  useEffect(() => stop, [stop]);
  return { run, start, cancel: stop };
}
