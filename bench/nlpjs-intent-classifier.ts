/*
 * An intent classifier made with NLP.js (@nlpjs/nlp + lang-sv + lang-en), trained in-process
 * from labelled texts. Only the evaluation uses it: on the held-out split the cue words alone were
 * more accurate and never mistook a question for a removal (see README "How understanding works"),
 * so the bot does not load it. NLP.js ships no types; the few calls used are typed here.
 */

interface NlpResult {
  intent: string;
  score: number;
}

interface NlpInstance {
  addLanguage(locale: string): void;
  addDocument(locale: string, utterance: string, intent: string): void;
  train(): Promise<unknown>;
  process(locale: string, utterance: string): Promise<NlpResult>;
}

interface NlpModule {
  Nlp: new (settings: Record<string, unknown>, container: unknown) => NlpInstance;
}

/** The labels the classifier chooses from ("None" is NLP.js's own "no idea"). */
export type IntentLabel = 'remove' | 'who-has' | 'list-user-licenses' | 'free-seats' | 'help' | 'other';

export interface TrainingText {
  text: string;
  lang: 'sv' | 'en';
  label: IntentLabel;
}

export interface IntentClassifier {
  classify(text: string, lang: 'sv' | 'en'): Promise<{ label: IntentLabel; score: number }>;
}

const LABELS: ReadonlySet<string> = new Set(['remove', 'who-has', 'list-user-licenses', 'free-seats', 'help', 'other']);

/** Below this NLP.js's best guess is treated as "other". */
export const MIN_SCORE = 0.5;

/** Trains an NLP.js classifier on `texts` (deterministic: same texts, same model). */
export async function trainNlpjsClassifier(texts: readonly TrainingText[]): Promise<IntentClassifier> {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const core = require('@nlpjs/core') as { containerBootstrap(): Promise<{ use(plugin: unknown): void }> };
  const { Nlp } = require('@nlpjs/nlp') as NlpModule;
  const { LangEn } = require('@nlpjs/lang-en') as { LangEn: unknown };
  const { LangSv } = require('@nlpjs/lang-sv') as { LangSv: unknown };
  /* eslint-enable @typescript-eslint/no-require-imports */
  const container = await core.containerBootstrap();
  container.use(LangEn);
  container.use(LangSv);
  const nlp = new Nlp(
    { languages: ['sv', 'en'], autoSave: false, autoLoad: false, nlu: { log: false }, forceNER: false },
    container,
  );
  for (const t of texts) nlp.addDocument(t.lang, t.text, t.label);
  await nlp.train();
  return {
    async classify(text, lang) {
      const result = await nlp.process(lang, text);
      const label = LABELS.has(result.intent) && result.score >= MIN_SCORE ? (result.intent as IntentLabel) : 'other';
      return { label, score: result.score };
    },
  };
}
