/** Finds Action.Execute actions in an Adaptive Card (anywhere in its body). */
export function executeActions(card: any): any[] {
  const out: any[] = [];
  const walk = (node: any) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      if (node.type === 'Action.Execute') out.push(node);
      Object.values(node).forEach(walk);
    }
  };
  walk(card?.body ?? []);
  return out;
}

export function actionFor(card: any, verb: string): any {
  const action = executeActions(card).find((a) => a.verb === verb);
  if (!action) throw new Error(`no ${verb} action on the card: ${JSON.stringify(card).slice(0, 400)}`);
  return action;
}

/** Every text on the card, for assertions on wording. */
export function cardText(card: unknown): string {
  return JSON.stringify(card);
}
