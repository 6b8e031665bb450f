/**
 * Block Kit limits (Slack reference for blocks, elements and composition objects). Renderers
 * cut or summarise to stay inside them; tests check every message against them.
 */
export const SLACK_LIMITS = {
  blocksPerMessage: 50,
  sectionText: 3000,
  sectionFields: 10,
  sectionFieldText: 2000,
  headerText: 150,
  contextElements: 10,
  contextText: 3000,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  blockId: 255,
  checkboxOptions: 10,
  optionText: 75,
  /** 150 in today's reference; older revisions said 75, which all our values fit. */
  optionValue: 75,
  optionDescription: 75,
  confirmTitle: 100,
  confirmText: 300,
  confirmButton: 30,
  inputLabel: 2000,
  inputHint: 2000,
  placeholder: 150,
  plainTextInputMaxLength: 3000,
  /** Slack truncates the top-level message text beyond this. */
  messageText: 40000,
  /**
   * Not documented: chat.postMessage answers `msg_blocks_too_long` at roughly 13,000 characters of
   * block text (slackapi/bolt-js#2509), so messages stay below this budget.
   */
  totalBlockText: 12000,
} as const;
