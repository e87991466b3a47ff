/**
 * A loopback OpenAI API: POST /v1/chat/completions and POST /v1/images/generations, with
 * bodies, error bodies and headers shaped like the real API's. Point the SDK at `baseURL`.
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

export interface OpenAiFake extends LoopbackServer {
  /** The SDK's baseURL: the server's /v1. */
  readonly baseURL: string;
  /** Replies for the next chat completions, in order; then `answer`, as JSON content. */
  readonly chat: Scripted[];
  /** Replies for the next image generations; then `n` 1×1 PNGs. */
  readonly images: Scripted[];
  answer: unknown;
}

export const CHAT_PATH = "/v1/chat/completions";
export const IMAGES_PATH = "/v1/images/generations";

/** The smallest valid PNG (1×1, transparent), as the API would base64-encode it. */
export const PNG_1X1_BASE64 =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

export function startOpenAiFake(answer: unknown = {}): OpenAiFake {
  const chat: Scripted[] = [];
  const images: Scripted[] = [];
  const server = startLoopback((request) => route(request));
  const fake: OpenAiFake = Object.assign(server, {
    chat,
    images,
    answer,
    baseURL: `${server.url}/v1`,
  });

  function route(request: ReceivedRequest): Reply {
    if (request.method === "POST" && request.path === CHAT_PATH) {
      const model = (request.body as { model: string }).model;
      return nextScripted(chat, request) ?? chatCompletion(JSON.stringify(fake.answer), { model });
    }
    if (request.method === "POST" && request.path === IMAGES_PATH) {
      const n = (request.body as { n?: number }).n ?? 1;
      return nextScripted(images, request) ?? imagesAnswer(n);
    }
    return openAiError(404, {
      message: `Invalid URL (${request.method} ${request.path})`,
      type: "invalid_request_error",
      code: null,
    });
  }
  return fake;
}

const headers = (extra: Record<string, string> = {}) => ({
  "x-request-id": `req_${randomHex(16)}`,
  "openai-processing-ms": "1",
  "openai-version": "2020-10-01",
  ...extra,
});

export function chatCompletion(
  content: string | null,
  options: { model?: string; refusal?: string; finishReason?: string } = {},
): Reply {
  return {
    status: 200,
    headers: headers(),
    json: {
      id: `chatcmpl-${randomHex(12)}`,
      object: "chat.completion",
      created: Math.floor(Date.now() / 1000),
      model: options.model ?? "gpt-4.1-mini-2025-04-14",
      choices: [{
        index: 0,
        message: {
          role: "assistant",
          content: options.refusal ? null : content,
          refusal: options.refusal ?? null,
          annotations: [],
        },
        logprobs: null,
        finish_reason: options.finishReason ?? "stop",
      }],
      usage: {
        prompt_tokens: 120,
        completion_tokens: 40,
        total_tokens: 160,
        prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
        completion_tokens_details: {
          reasoning_tokens: 0,
          audio_tokens: 0,
          accepted_prediction_tokens: 0,
          rejected_prediction_tokens: 0,
        },
      },
      service_tier: "default",
      system_fingerprint: "fp_6b68a8204b",
    },
  };
}

export function imagesAnswer(n: number): Reply {
  return {
    status: 200,
    headers: headers(),
    json: {
      created: Math.floor(Date.now() / 1000),
      background: "opaque",
      data: Array.from({ length: n }, () => ({ b64_json: PNG_1X1_BASE64 })),
      output_format: "png",
      quality: "medium",
      size: "1024x1024",
      usage: {
        input_tokens: 50,
        input_tokens_details: { image_tokens: 0, text_tokens: 50 },
        output_tokens: 1056 * n,
        total_tokens: 50 + 1056 * n,
      },
    },
  };
}

export function openAiError(
  status: number,
  error: { message: string; type: string; code: string | null; param?: string | null },
  extraHeaders: Record<string, string> = {},
): Reply {
  return {
    status,
    headers: headers(extraHeaders),
    json: { error: { param: null, ...error } },
  };
}

export const openAiErrors = {
  rateLimited: (retryAfterSeconds: number) =>
    openAiError(429, {
      message:
        "Rate limit reached for gpt-4.1-mini in organization org-test on requests per min (RPM): Limit 500, Used 500, Requested 1. Please try again in 120ms.",
      type: "requests",
      code: "rate_limit_exceeded",
    }, { "retry-after": String(retryAfterSeconds) }),
  server: () =>
    openAiError(500, {
      message: "The server had an error while processing your request. Sorry about that!",
      type: "server_error",
      code: null,
    }),
  invalidKey: () =>
    openAiError(401, {
      message:
        "Incorrect API key provided: sk-test***. You can find your API key at https://platform.openai.com/account/api-keys.",
      type: "invalid_request_error",
      code: "invalid_api_key",
    }),
  moderationBlocked: () =>
    openAiError(400, {
      message:
        "Your request was rejected as a result of our safety system. Your request may contain content that is not allowed by our safety system.",
      type: "image_generation_user_error",
      code: "moderation_blocked",
    }),
};
