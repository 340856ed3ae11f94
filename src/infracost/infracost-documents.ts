/**
 * Infracost JSON as data to store in a workspace (issue 14): which kind a file is (a breakdown or
 * a diff: Harness keeps them as `cost_breakdown` and `cost_diff`), and one project of a file cut
 * out as a document of its own, for the Terragrunt unit it matches.
 */
type Json = Record<string, unknown>;

function asObject(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

/**
 * `metadata.infracostCommand` says what wrote the file. Without it (older versions) or for
 * `infracost output` (which combines files of either kind) a known past total means a comparison
 * was made: a diff. Otherwise it is a breakdown.
 */
export function infracostDataType(document: unknown): 'cost_breakdown' | 'cost_diff' {
  const root = asObject(document) ?? {};
  const command = asObject(root['metadata'])?.['infracostCommand'];
  if (command === 'diff') return 'cost_diff';
  if (command === 'breakdown') return 'cost_breakdown';
  const past = root['pastTotalMonthlyCost'];
  return past === undefined || past === null ? 'cost_breakdown' : 'cost_diff';
}

/** Root totals and where each comes from in a project. */
const TOTALS: readonly (readonly [string, string, string])[] = [
  ['totalHourlyCost', 'breakdown', 'totalHourlyCost'],
  ['totalMonthlyCost', 'breakdown', 'totalMonthlyCost'],
  ['totalMonthlyUsageCost', 'breakdown', 'totalMonthlyUsageCost'],
  ['pastTotalHourlyCost', 'pastBreakdown', 'totalHourlyCost'],
  ['pastTotalMonthlyCost', 'pastBreakdown', 'totalMonthlyCost'],
  ['pastTotalMonthlyUsageCost', 'pastBreakdown', 'totalMonthlyUsageCost'],
  ['diffTotalHourlyCost', 'diff', 'totalHourlyCost'],
  ['diffTotalMonthlyCost', 'diff', 'totalMonthlyCost'],
  ['diffTotalMonthlyUsageCost', 'diff', 'totalMonthlyUsageCost'],
];

/**
 * The file with only `projects[index]`, its totals and summary taken from that project, so the
 * document reads as if Infracost had been run on the unit alone. Keys keep the file's order.
 * Values pass through JSON.parse/stringify: Infracost writes costs as strings, so they are exact.
 */
export function projectDocument(document: unknown, index: number): Buffer {
  const root = asObject(document) ?? {};
  const projects = Array.isArray(root['projects']) ? root['projects'] : [];
  const project = asObject(projects[index]) ?? {};
  const out: Json = {};
  for (const [key, value] of Object.entries(root)) {
    const total = TOTALS.find(([name]) => name === key);
    if (key === 'projects') out[key] = [project];
    else if (key === 'summary' && 'summary' in project) out[key] = project['summary'];
    else if (total !== undefined) out[key] = asObject(project[total[1]])?.[total[2]] ?? null;
    else out[key] = value;
  }
  return Buffer.from(`${JSON.stringify(out, null, 2)}\n`, 'utf8');
}
