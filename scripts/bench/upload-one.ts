/**
 * One upload to a local sink, for upload-stream.ts: `tsx upload-one.ts <stream|buffer> <file> <port>`.
 * `stream` is what the reporter does (the file streamed with its length); `buffer` is the reference
 * (the whole file read into memory first). Prints the wall time of the upload in ms.
 */
import { readFileSync, statSync } from 'node:fs';
import { createData } from '../../src/api/create-data.js';

const [mode, file = '', port = ''] = process.argv.slice(2);
const pipeline = { pipelineId: 'p', stageId: 's', pipelineExecutionId: 'e', pipelineStageId: 'se' };
const conn = {
  accountId: 'bench',
  org: 'o',
  project: 'p',
  workspace: 'w',
  apiKey: 'pat.bench.id.secret',
  baseUrl: `http://127.0.0.1:${port}`,
};
const started = performance.now();
const source = mode === 'buffer' ? { bytes: readFileSync(file) } : { file, size: statSync(file).size };
await createData(
  conn,
  { dataType: 'state_raw', source, pipeline },
  { requestTimeoutMs: 600_000, totalBudgetMs: 600_000 },
);
console.log(JSON.stringify({ ms: Math.round(performance.now() - started) }));
