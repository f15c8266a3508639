/** `npm run bench`: every benchmark, one table of measured figures beside their targets. */
import { buildBench } from './build.bench';
import { frontendBench } from './frontend.bench';
import { largeTableBench } from './largeTable.bench';
import { lauBench } from './lau.bench';
import { printTable } from './benchTable';

const t0 = performance.now();
const rows = [...(await buildBench()), ...(await frontendBench()), ...(await largeTableBench()), ...(await lauBench())];
printTable(`Atlas benchmarks (${new Date().toISOString().slice(0, 10)}, Node ${process.version}, headless Chromium with SwiftShader WebGL)`, rows);
console.log(`benchmarks took ${((performance.now() - t0) / 1000).toFixed(0)} s`);
