/**
 * How long one certificate PDF takes, and how much memory rendering uses.
 *
 *   npx ts-node --transpile-only server/src/certificates/pdf/bench.ts [renders=50] [batch=1000]
 *
 * Prints the mean, median and 95th percentile of `renders` renders (after a warm-up that loads
 * HarfBuzz and the fonts), then streams `batch` certificates with different holders into a sink,
 * one after another as an issuing batch would, and prints certificates per second and peak RSS.
 */
import { Writable } from 'node:stream';
import { performance } from 'node:perf_hooks';
import { renderCertificatePdf, writeCertificatePdf } from './certificate-pdf';
import { SAMPLE_CERTIFICATES } from './certificate-samples';

const renders = Number(process.argv[2] ?? 50);
const batch = Number(process.argv[3] ?? 1000);
const samples = Object.values(SAMPLE_CERTIFICATES);

function sink(): Writable {
  return new Writable({
    write(_chunk, _encoding, done) {
      done();
    },
  });
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

async function main(): Promise<void> {
  const cold = performance.now();
  const first = await renderCertificatePdf(SAMPLE_CERTIFICATES.khmer);
  console.log(`first PDF (loads HarfBuzz and fonts): ${(performance.now() - cold).toFixed(1)} ms, ${first.length} bytes`);
  for (let i = 0; i < 10; i++) await renderCertificatePdf(samples[i % samples.length]);

  const times: number[] = [];
  for (let i = 0; i < renders; i++) {
    const start = performance.now();
    await renderCertificatePdf(samples[i % samples.length]);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const mean = times.reduce((sum, t) => sum + t, 0) / times.length;
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  console.log(
    `one certificate PDF over ${renders} renders: mean ${mean.toFixed(1)} ms, median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms`,
  );

  const start = performance.now();
  for (let i = 0; i < batch; i++) {
    const data = samples[i % samples.length];
    await writeCertificatePdf(
      { ...data, holderName: `${data.holderName} ${i}`, serial: `SEC-2016-A-${String(i + 1).padStart(4, '0')}` },
      sink(),
    );
  }
  const seconds = (performance.now() - start) / 1000;
  console.log(`${batch} certificates streamed in ${seconds.toFixed(1)} s: ${(batch / seconds).toFixed(0)} per second`);
  const usage = process.memoryUsage();
  console.log(`peak RSS ${mib(process.resourceUsage().maxRSS * 1024)}; now RSS ${mib(usage.rss)}, heap used ${mib(usage.heapUsed)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
