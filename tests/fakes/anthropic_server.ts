/**
 * A loopback Anthropic API: POST /v1/messages answering with tool_use content blocks, and
 * error bodies and headers shaped like the real API's. Point the SDK at `url`.
 */
import {
  type LoopbackServer,
  nextScripted,
  randomHex,
  type ReceivedRequest,
  type Reply,
  type Scripted,
  startLoopback,
} from "./loopback.ts";

export interface AnthropicFake extends LoopbackServer {
  /** Replies for the next messages, in order; then a tool call with `answer` as its input. */
  readonly messages: Scripted[];
  answer: unknown;
}

export const MESSAGES_PATH = "/v1/messages";

interface MessagesBody {
  model: string;
  tools?: { name: string }[];
}

export function startAnthropicFake(answer: unknown = {}): AnthropicFake {
  const messages: Scripted[] = [];
  const server = startLoopback((request) => route(request));
  const fake: AnthropicFake = Object.assign(server, { messages, answer });

  function route(request: ReceivedRequest): Reply {
    if (request.method === "POST" && request.path === MESSAGES_PATH) {
      return nextScripted(messages, request) ?? toolUse(fake.answer)(request);
    }
    return anthropicError(404, "not_found_error", "Not found");
  }
  return fake;
}

const headers = (extra: Record<string, string> = {}) => ({
  "request-id": `req_011C${randomHex(10)}`,
  "anthropic-organization-id": "00000000-0000-0000-0000-000000000000",
  ...extra,
});

function message(model: string, content: unknown[], stopReason: string): Reply {
  return {
    status: 200,
    headers: headers(),
    json: {
      id: `msg_01${randomHex(11)}`,
      type: "message",
      role: "assistant",
      model,
      content,
      stop_reason: stopReason,
      stop_sequence: null,
      usage: {
        input_tokens: 410,
        cache_creation_input_tokens: 0,
        cache_read_input_tokens: 0,
        output_tokens: 60,
        service_tier: "standard",
      },
    },
  };
}

/** The forced tool call the client asks for, echoing the requested tool name. */
export const toolUse = (input: unknown) => (request: ReceivedRequest): Reply => {
  const body = request.body as MessagesBody;
  const name = body.tools?.[0]?.name ?? "answer";
  return message(body.model, [{
    type: "tool_use",
    id: `toolu_01${randomHex(11)}`,
    name,
    input,
  }], "tool_use");
};

export const refusal = (request: ReceivedRequest): Reply =>
  message((request.body as MessagesBody).model, [], "refusal");

export function anthropicError(
  status: number,
  type: string,
  text: string,
  extraHeaders: Record<string, string> = {},
): Reply {
  const requestId = `req_011C${randomHex(10)}`;
  return {
    status,
    headers: { ...headers(extraHeaders), "request-id": requestId },
    json: { type: "error", error: { type, message: text }, request_id: requestId },
  };
}

export const anthropicErrors = {
  rateLimited: (retryAfterSeconds: number) =>
    anthropicError(
      429,
      "rate_limit_error",
      "This request would exceed the rate limit for your organization of 50 requests per minute.",
      { "retry-after": String(retryAfterSeconds) },
    ),
  overloaded: () => anthropicError(529, "overloaded_error", "Overloaded"),
  invalidKey: () => anthropicError(401, "authentication_error", "invalid x-api-key"),
};
