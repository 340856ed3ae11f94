/**
 * The layers of ARCHITECTURE.md hold by construction: `npm run lint` (this repository's own ESLint
 * config, type-aware rules and all) fails on an import that goes against them. Each case lints a
 * real source file with one import added, in memory (lintText), so the tree is never touched.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** [file the import is added to, the import, whether the layers allow it] */
const CASES: readonly (readonly [string, string, boolean])[] = [
  ['src/plan/read-plan.ts', "import { buildEvent } from '../reporter/build-event.js';", false],
  ['src/scan/json-scanner.ts', "import type { ReportConfig } from '../config/schema.js';", false],
  ['src/plan/read-plan.ts', "import * as core from '@actions/core';", false],
  ['src/reporter/build-model.ts', "import { readPlanFile } from '../plan/read-plan.js';", false],
  ['src/api/api-url.ts', "import type { ReportConfig } from '../config/schema.js';", false],
  ['src/api/api-url.ts', "import type { Counts } from '../model/plan-summary.js';", false],
  ['src/config/schema.ts', "import { sendEventRequestSchema } from '../reporter/event-schema.js';", false],
  ['src/model/decimal.ts', "import { plainText } from '../plain-text.js';", false],
  ['src/model/decimal.ts', "import type { PlanSummary } from '../plan/plan-visitor.js';", false],
  ['src/errors.ts', "import { VERSION } from './cli/main.js';", false],
  ['src/run/gates.ts', "import { main } from '../cli/main.js';", false],
  ['src/cli/main.ts', "import { runAction } from '../action/main.js';", false],
  // The allowed arrows pass, so the cases above fail for the layer and not for the syntax.
  ['src/plan/read-plan.ts', "import type { Counts } from '../model/plan-summary.js';", true],
  ['src/plan/read-plan.ts', "import { plainText } from '../plain-text.js';", true],
  ['src/reporter/build-model.ts', "import { zeroCounts } from '../model/plan-summary.js';", true],
  ['src/config/schema.ts', "import { STACK_STATUSES } from '../model/statuses.js';", true],
  ['src/run/gates.ts', "import { readPlanFile } from '../plan/read-plan.js';", true],
  ['src/cli/main.ts', "import { runReport } from '../run/run-report.js';", true],
];

describe('layer rules (eslint no-restricted-imports)', () => {
  it('fail npm run lint on every import against the layers, and only on those', async () => {
    const eslint = new ESLint({ cwd: ROOT });
    const { readFile } = await import('node:fs/promises');
    for (const [file, line, allowed] of CASES) {
      const source = await readFile(`${ROOT}${file}`, 'utf8');
      // Exported, so no-unused-vars does not fire and only the layer rule is in question.
      const name = /import (?:type )?(?:\* as )?\{? ?(\w+)/.exec(line)?.[1] ?? 'x';
      const text = `${line}\nexport { ${name} as layerProbe };\n${source}`;
      const [result] = await eslint.lintText(text, { filePath: `${ROOT}${file}` });
      const layerErrors = (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports');
      expect(layerErrors.length > 0, `${file}: ${line}`).toBe(!allowed);
      if (!allowed) expect(layerErrors[0]?.message).toMatch(/ARCHITECTURE\.md/);
    }
  }, 120_000);
});
