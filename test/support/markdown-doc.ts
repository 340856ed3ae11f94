/**
 * What the docs tests read from a Markdown file: its links, its headings' anchors (as GitHub makes
 * them) and its fenced blocks marked for the README test (`<!-- readme-test: KIND -->` on the line
 * before the fence, a blank line between). Parsed with markdown-it, so a link inside a code block is
 * not a link.
 */
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: true });

export interface MarkedBlock {
  readonly kind: string;
  readonly lang: string;
  readonly text: string;
  /** 1-based line of the fence, for messages. */
  readonly line: number;
}

export interface MarkdownDoc {
  readonly links: readonly string[];
  readonly anchors: ReadonlySet<string>;
  readonly blocks: readonly MarkedBlock[];
  readonly headings: readonly { readonly level: number; readonly text: string }[];
}

/** GitHub's heading ids: lower case, punctuation but `-` and `_` dropped, each space a `-`. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
    .replace(/ /g, '-');
}

const MARKER = /^<!-- readme-test: ([a-z-]+) -->\s*$/;

export function readMarkdown(source: string): MarkdownDoc {
  const tokens = md.parse(source, {});
  const links: string[] = [];
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  const blocks: MarkedBlock[] = [];
  const headings: { level: number; text: string }[] = [];
  let pendingKind: string | undefined;
  tokens.forEach((token, at) => {
    if (token.type === 'heading_open') {
      const text = (tokens[at + 1]?.children ?? []).map((child) => child.content).join('');
      const base = slug(text);
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      anchors.add(count === 0 ? base : `${base}-${count}`);
      headings.push({ level: Number(token.tag.slice(1)), text });
    }
    for (const child of token.children ?? []) {
      if (child.type === 'link_open') links.push(String(child.attrGet('href') ?? ''));
      if (child.type === 'image') links.push(String(child.attrGet('src') ?? ''));
    }
    if (token.type === 'html_block') {
      pendingKind = MARKER.exec(token.content.trim())?.[1];
      return;
    }
    if (token.type === 'fence' && pendingKind !== undefined) {
      blocks.push({
        kind: pendingKind,
        lang: token.info.trim(),
        text: token.content,
        line: (token.map?.[0] ?? 0) + 1,
      });
    }
    pendingKind = undefined;
  });
  return { links, anchors, blocks, headings };
}
