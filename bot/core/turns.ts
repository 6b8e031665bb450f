import type { Mention } from '../language/parsed-request';
import type { Channel } from '../../services/licensing/removal-request';
import type { Locale, View } from '../../cards/views';

/** A chat message from a known user (the channel resolved the sender to an Entra object id). */
export interface MessageTurn {
  channel: Channel;
  /** Entra object id of the sender: the only identity the core trusts. */
  userId: string;
  text: string;
  /** From the channel (Teams `locale`, Slack user locale); detection from the text otherwise. */
  locale?: Locale;
  mentions?: Mention[];
}

/** A button click. Only the verb, request id and inputs come from the payload: authority comes from the store. */
export interface ActionTurn {
  channel: Channel;
  userId: string;
  verb: string;
  requestId: string;
  inputs: Record<string, string>;
  locale?: Locale;
}

/**
 * The core's answer: a view to show now, and optionally work to run after answering (so a
 * click is acknowledged at once). `followUp` publishes progress and resolves with the final view.
 * The channel owns when it runs and waits for it on shutdown.
 */
export interface CoreReply {
  view: View;
  followUp?: (publish: (view: View) => Promise<void>) => Promise<View>;
}
