/**
 * Images from OpenAI's images.generate, the fallback behind fal. GPT image models always
 * answer with base64 PNG data (no URLs, no SVG), so results carry the bytes.
 */
import { Buffer } from "node:buffer";
import OpenAI from "openai";
import { ProviderError } from "../errors.ts";
import type { GeneratedImage, ImageProvider } from "../types.ts";
import { SDK_TIMEOUT_MS } from "./sdk_defaults.ts";

export interface OpenAiImageOptions {
  model: string;
  apiKey: string;
  baseURL?: string;
}

export function openAiImageProvider(options: OpenAiImageOptions): ImageProvider {
  const { model } = options;
  const client = new OpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseURL ?? "https://api.openai.com/v1",
    organization: null,
    project: null,
    maxRetries: 0,
    timeout: SDK_TIMEOUT_MS,
  });
  return {
    provider: "openai",
    model,
    async generate(attempt, signal) {
      const { width, height } = sizeFor(attempt.width, attempt.height);
      const prompt = attempt.style ? `${attempt.prompt}. Style: ${attempt.style}` : attempt.prompt;
      const response = await client.images.generate({
        model,
        prompt,
        n: attempt.count,
        size: `${width}x${height}`,
        quality: "medium",
        output_format: "png",
      }, { signal });
      const images: GeneratedImage[] = (response.data ?? []).flatMap((image) =>
        image.b64_json
          ? [{
            source: "bytes" as const,
            bytes: decodeBase64(image.b64_json),
            format: "png" as const,
            mimeType: "image/png",
            width,
            height,
          }]
          : []
      );
      if (images.length === 0) {
        throw new ProviderError("invalid_output", "openai returned no image data");
      }
      const usage = response.usage;
      return {
        images,
        tokens: usage ? { input: usage.input_tokens, output: usage.output_tokens } : null,
      };
    },
  };
}

/** The nearest size GPT image models accept: square, landscape 3:2 or portrait 2:3. */
export function sizeFor(width: number, height: number): { width: number; height: number } {
  const ratio = width / height;
  if (ratio > 1.2) return { width: 1536, height: 1024 };
  if (ratio < 1 / 1.2) return { width: 1024, height: 1536 };
  return { width: 1024, height: 1024 };
}

function decodeBase64(data: string): Uint8Array {
  const buffer = Buffer.from(data, "base64");
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
