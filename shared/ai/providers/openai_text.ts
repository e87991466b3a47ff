/**
 * Structured text from OpenAI or any OpenAI-compatible endpoint (baseURL), with the zod
 * schema sent as a json_schema response format.
 *
 * This calls chat.completions.create and validates the answer itself rather than using
 * chat.completions.parse: parse throws on an invalid answer and loses the answer text and
 * the token usage, which the repair turn and the cost estimate need.
 */
import OpenAI from "openai";
import { zodResponseFormat } from "openai/helpers/zod";
import type { z } from "zod";
import { repairInstruction } from "../answer.ts";
import { ProviderError } from "../errors.ts";
import { jsonSchemaOf } from "../json_schema.ts";
import type { TextAttempt, TextProvider } from "../types.ts";
import { SDK_TIMEOUT_MS } from "./sdk_defaults.ts";

export interface OpenAiTextOptions {
  provider: "openai" | "compat";
  model: string;
  apiKey: string;
  baseURL?: string;
}

export function openAiTextProvider(options: OpenAiTextOptions): TextProvider {
  const { provider, model } = options;
  const client = new OpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseURL ?? "https://api.openai.com/v1",
    // Explicit nulls keep the SDK from picking these up from the process environment.
    organization: null,
    project: null,
    maxRetries: 0,
    timeout: SDK_TIMEOUT_MS,
  });
  return {
    provider,
    model,
    async generate(attempt, signal) {
      const completion = await client.chat.completions.create({
        model,
        messages: messagesFor(attempt),
        response_format: responseFormat(attempt.schema, attempt.schemaName),
        // Compatible servers generally know only the older name of the limit.
        ...(provider === "openai"
          ? { max_completion_tokens: attempt.maxOutputTokens }
          : { max_tokens: attempt.maxOutputTokens }),
      }, { signal });
      const tokens = {
        input: completion.usage?.prompt_tokens ?? 0,
        output: completion.usage?.completion_tokens ?? 0,
      };
      const requestId = completion._request_id ?? undefined;
      const choice = completion.choices[0];
      if (choice?.message.refusal || choice?.finish_reason === "content_filter") {
        const reason = choice.message.refusal ?? "content filter";
        throw new ProviderError("content_refused", `${provider} refused: ${reason}`, {
          tokens,
          requestId,
        });
      }
      return { text: choice?.message.content ?? "", tokens, requestId };
    },
  };
}

function messagesFor(attempt: TextAttempt): OpenAI.Chat.ChatCompletionMessageParam[] {
  const messages: OpenAI.Chat.ChatCompletionMessageParam[] = [
    { role: "system", content: attempt.system },
    { role: "user", content: attempt.prompt },
  ];
  if (attempt.repair) {
    messages.push(
      { role: "assistant", content: attempt.repair.answer },
      { role: "user", content: repairInstruction(attempt.repair.problems) },
    );
  }
  return messages;
}

type ResponseFormat = OpenAI.ResponseFormatJSONSchema;
const formats = new WeakMap<z.ZodType, Map<string, ResponseFormat>>();

/**
 * Strict structured outputs when the schema allows it (the SDK's zodResponseFormat, which
 * supports zod v4); schemas strict mode rejects (e.g. `.optional()` fields) are sent as a
 * non-strict JSON schema instead, and the answer is validated by zod either way.
 */
function responseFormat(schema: z.ZodType, name: string): ResponseFormat {
  const byName = formats.get(schema) ?? new Map<string, ResponseFormat>();
  formats.set(schema, byName);
  let format = byName.get(name);
  if (!format) {
    try {
      format = zodResponseFormat(schema, name);
    } catch {
      format = {
        type: "json_schema",
        json_schema: { name, strict: false, schema: jsonSchemaOf(schema) },
      };
    }
    byName.set(name, format);
  }
  return format;
}
