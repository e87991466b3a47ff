/**
 * Structured text from Anthropic through forced tool use: the schema is the input_schema of
 * the one tool the model must call, and the tool call's input is the answer.
 */
import Anthropic from "@anthropic-ai/sdk";
import { repairInstruction } from "../answer.ts";
import { ProviderError } from "../errors.ts";
import { jsonSchemaOf } from "../json_schema.ts";
import type { TextAttempt, TextProvider } from "../types.ts";
import { SDK_TIMEOUT_MS } from "./sdk_defaults.ts";

export interface AnthropicTextOptions {
  model: string;
  apiKey: string;
  baseURL?: string;
}

export function anthropicTextProvider(options: AnthropicTextOptions): TextProvider {
  const { model } = options;
  const client = new Anthropic({
    apiKey: options.apiKey,
    baseURL: options.baseURL ?? "https://api.anthropic.com",
    maxRetries: 0,
    timeout: SDK_TIMEOUT_MS,
  });
  return {
    provider: "anthropic",
    model,
    async generate(attempt, signal) {
      const message = await client.messages.create({
        model,
        max_tokens: attempt.maxOutputTokens,
        system: attempt.system,
        messages: messagesFor(attempt),
        tools: [{
          name: attempt.schemaName,
          description: "Record the complete answer. The tool input is the answer.",
          input_schema: jsonSchemaOf(attempt.schema) as Anthropic.Tool.InputSchema,
        }],
        tool_choice: { type: "tool", name: attempt.schemaName },
      }, { signal });
      const tokens = { input: message.usage.input_tokens, output: message.usage.output_tokens };
      const requestId = message._request_id ?? undefined;
      if (message.stop_reason === "refusal") {
        throw new ProviderError("content_refused", "anthropic refused the request", {
          tokens,
          requestId,
        });
      }
      const call = message.content.find((block) => block.type === "tool_use");
      // Without a tool call, whatever text came back is the answer; validation rejects it.
      const text = call
        ? JSON.stringify(call.input)
        : message.content.map((block) => block.type === "text" ? block.text : "").join("");
      return { text, tokens, requestId };
    },
  };
}

function messagesFor(attempt: TextAttempt): Anthropic.MessageParam[] {
  const messages: Anthropic.MessageParam[] = [{ role: "user", content: attempt.prompt }];
  if (attempt.repair) {
    messages.push(
      { role: "assistant", content: attempt.repair.answer },
      { role: "user", content: repairInstruction(attempt.repair.problems) },
    );
  }
  return messages;
}
