// Reads a vitest JSON report (--reporter=json --outputFile=...) and prints every skipped test by
// name (each says why in its title), then one closing line: "N passed, N failed, N skipped".
// A skip is never silent, and CI logs end with the counts.
import { readFileSync } from 'node:fs';

const [file, label = 'tests'] = process.argv.slice(2);
const report = JSON.parse(readFileSync(file, 'utf8'));
const skipped = [];
for (const suite of report.testResults ?? []) {
  for (const test of suite.assertionResults ?? []) {
    if (test.status === 'skipped' || test.status === 'pending' || test.status === 'todo') {
      skipped.push(`${suite.name.replace(process.cwd() + '/', '')}: ${test.fullName}`);
    }
  }
}
for (const line of skipped) console.log(`skipped: ${line}`);
const passed = report.numPassedTests ?? 0;
const failed = report.numFailedTests ?? 0;
console.log(`${label}: ${passed} passed, ${failed} failed, ${skipped.length} skipped`);
