/**
 * Reads a vitest JSON report (`--reporter=json --outputFile=...`) and prints every skipped test by
 * name (each says why in its title), then one closing line: "label: N passed, N failed, N skipped" (label: one word). A
 * skip is never silent, and CI logs end with the counts.
 * Usage: tsx scripts/test-summary.ts <report.json> [label]
 */
import { readFileSync } from 'node:fs';

interface VitestReport {
  readonly numPassedTests?: number;
  readonly numFailedTests?: number;
  readonly testResults?: readonly {
    readonly name: string;
    readonly assertionResults?: readonly { readonly status: string; readonly fullName: string }[];
  }[];
}

const [file, label = 'tests'] = process.argv.slice(2);
if (file === undefined) throw new Error('usage: tsx scripts/test-summary.ts <report.json> [label]');
const report = JSON.parse(readFileSync(file, 'utf8')) as VitestReport;
const skipped: string[] = [];
for (const suite of report.testResults ?? []) {
  for (const test of suite.assertionResults ?? []) {
    if (test.status === 'skipped' || test.status === 'pending' || test.status === 'todo') {
      skipped.push(`${suite.name.replace(`${process.cwd()}/`, '')}: ${test.fullName}`);
    }
  }
}
for (const line of skipped) console.log(`skipped: ${line}`);
console.log(
  `${label}: ${report.numPassedTests ?? 0} passed, ${report.numFailedTests ?? 0} failed, ${skipped.length} skipped`,
);
