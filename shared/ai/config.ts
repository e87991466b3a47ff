import { type Config, ConfigError } from "../config.ts";
import { ChainConfigError, chainsFromEnv } from "./chain.ts";

/** The AI provider variables, as the chain parser reads them (shared/ai/chain.ts). */
export type AiEnv = Record<string, string | undefined>;

/** The AI variables of the config, with both chains checked: a malformed one is a ConfigError. */
export function aiConfig(c: Config): AiEnv {
  const env: AiEnv = {
    AI_TEXT_CHAIN: c.AI_TEXT_CHAIN,
    AI_IMAGE_CHAIN: c.AI_IMAGE_CHAIN,
    OPENAI_API_KEY: c.OPENAI_API_KEY,
    OPENAI_BASE_URL: c.OPENAI_BASE_URL,
    ANTHROPIC_API_KEY: c.ANTHROPIC_API_KEY,
    ANTHROPIC_BASE_URL: c.ANTHROPIC_BASE_URL,
    FAL_KEY: c.FAL_KEY,
    FAL_BASE_URL: c.FAL_BASE_URL,
    OPENAI_COMPAT_BASE_URL: c.OPENAI_COMPAT_BASE_URL,
    OPENAI_COMPAT_API_KEY: c.OPENAI_COMPAT_API_KEY,
    OPENAI_COMPAT_MODEL: c.OPENAI_COMPAT_MODEL,
  };
  try {
    chainsFromEnv(env);
  } catch (err) {
    if (err instanceof ChainConfigError) {
      throw new ConfigError(`invalid environment variable ${err.message}`);
    }
    throw err;
  }
  return env;
}
