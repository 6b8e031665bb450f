/**
 * How a renderer makes user-provided text (names, groups, reasons) safe for its markup.
 * Shared text builders take one so the same sentence logic serves Adaptive Card markdown,
 * Slack mrkdwn and the terminal.
 */
export type Escape = (text: string) => string;
