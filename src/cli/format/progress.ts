import cliProgress from 'cli-progress';
import type { IngestProgress } from '../../fuse/ingest.ts';

export interface ProgressView {
  update(p: IngestProgress): void;
  /** A bigger estimate of the total once more input is known. */
  setTotal(n: number): void;
  stop(): void;
}

const NONE: ProgressView = { update() {}, setTotal() {}, stop() {} };

/**
 * A progress bar on the error stream, only when it is a terminal: piped or redirected output gets
 * no control characters. The total is an estimate (files, not articles) and grows when passed.
 */
export function progressView(enabled: boolean, stream: NodeJS.WriteStream = process.stderr): ProgressView {
  if (!enabled || !stream.isTTY) return NONE;
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: 'ingest [{bar}] {value}/{total} articles | {rate} articles/s | {engagements} engagements | {failed} failed | ETA {eta_formatted}',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  let total = 1;
  bar.start(total, 0, { rate: '0.0', engagements: 0, failed: 0 });
  return {
    update(p) {
      if (p.read > total) {
        total = p.read;
        bar.setTotal(total);
      }
      const secs = Math.max((Date.now() - started) / 1000, 0.001);
      bar.update(p.read, { rate: (p.read / secs).toFixed(1), engagements: p.engagements, failed: p.failed });
    },
    setTotal(n) {
      total = Math.max(n, total);
      bar.setTotal(total);
    },
    stop() {
      bar.stop();
    },
  };
}
