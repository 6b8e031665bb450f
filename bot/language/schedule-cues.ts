/*
 * Cues for scheduled removals: the list ("vilka borttagningar är schemalagda?", "which removals
 * are scheduled?") and a cancel by person ("cancel the removal for Bo", "avbryt borttagningen
 * för Bo"). Its own small recogniser, like reclaim-cues.ts, for an entity-first pipeline to fold
 * in: cue words and one person text, nothing that knows the tenant.
 */

export type ScheduleRequest = { kind: 'list-scheduled' } | { kind: 'cancel-scheduled'; person: string };

const LIST: readonly RegExp[] = [
  /^(?:which|what)\s+(?:license\s+)?(?:removals?|unassignments?)\s+(?:are|is)\s+scheduled$/iu,
  /^(?:show|list)?\s*(?:me\s+)?(?:my\s+|all\s+|the\s+)?scheduled\s+(?:license\s+)?(?:removals?|unassignments?)$/iu,
  /^vilka\s+(?:licens)?borttagningar\s+(?:är|finns)\s+schemalagda$/iu,
  /^(?:visa|lista)?\s*(?:mina\s+|alla\s+)?schemalagda\s+(?:licens)?borttagningar(?:na)?$/iu,
];

const CANCEL: readonly RegExp[] = [
  /^(?:cancel|stop|call\s+off)\s+(?:the\s+)?(?:scheduled\s+)?(?:license\s+)?(?:removal|unassignment)\s+(?:for|of|from)\s+(?<person>.+)$/iu,
  /^(?:avbryt|stoppa|ställ\s+in)\s+(?:den\s+schemalagda\s+)?(?:licens)?borttagningen\s+(?:för|av|från)\s+(?<person>.+)$/iu,
];

/** A scheduled-removals request, or undefined. `text` is the filler-stripped message. Pure. */
export function recogniseSchedule(text: string): ScheduleRequest | undefined {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > 200) return undefined;
  if (LIST.some((p) => p.test(trimmed))) return { kind: 'list-scheduled' };
  for (const p of CANCEL) {
    const person = p.exec(trimmed)?.groups?.person?.trim();
    if (person) return { kind: 'cancel-scheduled', person };
  }
  return undefined;
}
