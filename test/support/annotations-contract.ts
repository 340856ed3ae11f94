/**
 * Reads an annotations file as Harness's lite-engine does (pipeline/runtime/annotations.go, as
 * harness-iacm-api.md "Pipeline annotations" describes it) and throws on anything it would skip,
 * cut or refuse: invalid JSON, a file over ~3.5 MB, no planExecutionId, no accountId (nothing is
 * posted), more than 50 annotations, an annotation without contextId, a mode or style outside the
 * enums, a priority outside 0..10, a summary over 64 KiB (cut). Harness strips HTML, so any tag
 * in a summary is a failure too.
 */
export const LITE_ENGINE = {
  maxFileBytes: 3.5 * 1024 * 1024,
  maxAnnotations: 50,
  maxSummaryBytes: 64 * 1024,
  modes: ['replace', 'append', 'delete'],
  styles: ['info', 'success', 'warning', 'error'],
} as const;

export interface ReadAnnotation {
  readonly contextId: string;
  readonly mode: string;
  readonly style: string;
  readonly summary: string;
  readonly priority?: number;
  readonly timestamp?: number;
}

export interface ReadAnnotations {
  readonly accountId: string;
  readonly orgId?: string;
  readonly projectId?: string;
  readonly pipelineId?: string;
  readonly planExecutionId: string;
  readonly stageExecutionId?: string;
  readonly annotations: readonly ReadAnnotation[];
}

/** An HTML tag, comment or declaration as a tag stripper would see it. */
const HTML_TAG = /<\/?[A-Za-z!?][^>]*>?/;

export function readAnnotationsFile(text: string): ReadAnnotations {
  if (Buffer.byteLength(text, 'utf8') > LITE_ENGINE.maxFileBytes)
    throw new Error('file over 3.5 MB: skipped');
  const doc = JSON.parse(text) as Record<string, unknown>;
  const str = (key: string): string | undefined => {
    const value = doc[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') throw new Error(`${key} is not a string`);
    return value;
  };
  const planExecutionId = str('planExecutionId');
  if (planExecutionId === undefined || planExecutionId === '') throw new Error('planExecutionId missing');
  const accountId = str('accountId');
  if (accountId === undefined || accountId === '') throw new Error('accountId missing: nothing posted');
  for (const key of ['orgId', 'projectId', 'pipelineId', 'stageExecutionId']) str(key);
  const list = doc['annotations'];
  if (!Array.isArray(list)) throw new Error('annotations is not an array');
  if (list.length > LITE_ENGINE.maxAnnotations) throw new Error(`${list.length} annotations: over 50`);
  const seen = new Set<string>();
  for (const item of list as Record<string, unknown>[]) {
    const { contextId, mode = 'replace', style, summary, priority } = item;
    if (typeof contextId !== 'string' || contextId === '') throw new Error('an annotation without contextId');
    if (seen.has(contextId)) throw new Error(`contextId ${contextId} twice: one card would hide another`);
    seen.add(contextId);
    if (!(LITE_ENGINE.modes as readonly unknown[]).includes(mode))
      throw new Error(`mode ${JSON.stringify(mode)}`);
    if (style !== undefined && !(LITE_ENGINE.styles as readonly unknown[]).includes(style))
      throw new Error(`style ${JSON.stringify(style)}`);
    if (priority !== undefined && (typeof priority !== 'number' || priority < 0 || priority > 10))
      throw new Error(`priority ${JSON.stringify(priority)}`);
    if (typeof summary !== 'string') throw new Error(`${contextId}: summary is not a string`);
    if (Buffer.byteLength(summary, 'utf8') > LITE_ENGINE.maxSummaryBytes)
      throw new Error(`${contextId}: summary over 64 KiB (cut by lite-engine)`);
    const tag = HTML_TAG.exec(summary);
    if (tag !== null) throw new Error(`${contextId}: HTML in the summary: ${tag[0]}`);
  }
  return doc as unknown as ReadAnnotations;
}
