/**
 * Keeping a message inside Slack's limits: renderers build at decreasing detail until the
 * message has ≤ 50 blocks and stays under the block-text budget. As a last resort middle
 * blocks are dropped for a "…" note, keeping the title and the final actions block.
 */
import type { Block } from './block-kit';
import { context } from './blocks';
import { SLACK_LIMITS as L } from './slack-limits';

/** 0 = everything, 1 = consequences per item with fewer names, 2 = leanest. */
export type Detail = 0 | 1 | 2;
export const DETAILS: readonly Detail[] = [0, 1, 2];

/** Characters of every text in the blocks (what Slack counts toward `msg_blocks_too_long`). */
export function blockTextLength(blocks: readonly Block[]): number {
  let total = 0;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (typeof node === 'object' && node !== null) {
      for (const [k, v] of Object.entries(node)) {
        if (k === 'text' && typeof v === 'string') total += v.length;
        else visit(v);
      }
    }
  };
  visit(blocks);
  return total;
}

export function fits(blocks: readonly Block[]): boolean {
  return blocks.length <= L.blocksPerMessage && blockTextLength(blocks) <= L.totalBlockText;
}

/**
 * Drops blocks from the middle (never the first or the last) until the message fits: first the
 * informational ones from the end, and input blocks only when nothing else is left, because a
 * missing checkbox changes what the user can choose.
 */
function cut(blocks: Block[], note: string): Block[] {
  const first = blocks.slice(0, 1);
  const last = blocks.length > 1 ? blocks.slice(-1) : [];
  let middle = blocks.slice(1, blocks.length - last.length);
  const assemble = (): Block[] => [...first, ...middle, context(note), ...last];
  while (middle.length > 0 && !fits(assemble())) {
    const lastInfo = middle.map((b) => b.type !== 'input').lastIndexOf(true);
    middle = lastInfo >= 0 ? middle.filter((_, i) => i !== lastInfo) : middle.slice(0, -1);
  }
  return assemble();
}

export function fitMessage(build: (detail: Detail) => Block[], note: string): Block[] {
  let blocks: Block[] = [];
  for (const detail of DETAILS) {
    blocks = build(detail);
    if (fits(blocks)) return blocks;
  }
  return cut(blocks, note);
}
