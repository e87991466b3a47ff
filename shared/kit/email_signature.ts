/**
 * email/signature.html: an email signature that survives Gmail, Outlook and Apple Mail:
 * layout tables, inline styles only (clients strip <style>), web-safe font fallbacks after
 * the brand family, and images by URL with alt text and fixed sizes (clients block data
 * URIs and attachments render as files). The image URL is the kit's relative path, to be
 * replaced with the hosted copy's URL.
 */
import { esc } from "./html.ts";
import type { KitType } from "./font.ts";
import type { KitInput } from "./input.ts";
import { type KitFile, logoRef, STAGE, textFile } from "./kit_file.ts";
import { brandDomain } from "./pdf/art.ts";
import { PLACEHOLDER } from "./pdf/stationery.ts";

/** Relative to the kit's root, so the file previews from the unzipped kit as is. */
export const SIGNATURE_ICON = "../logos/png/icon-180.png";

export function signatureHtml(input: KitInput, type: KitType): string {
  const light = input.palette.themes.light;
  const domain = brandDomain(input);
  const serif = type.body.category === "serif" || type.body.category === "slab";
  const body = `'${type.body.family.replace(/'/g, "")}', ` +
    (serif ? "Georgia, 'Times New Roman', serif" : "Arial, Helvetica, sans-serif");
  const text = (size: number, color: string, weight = 400) =>
    `font-family:${body};font-size:${size}px;line-height:1.4;color:${color};` +
    `font-weight:${weight};`;
  const name = esc(input.brand.name);
  return `<!-- Email signature. Before use, replace the image src (${SIGNATURE_ICON}) with the
     URL of your hosted copy of that file, and the placeholders with your details. -->
<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;">
  <tr>
    <td style="padding:0 16px 0 0;vertical-align:top;">
      <img src="${SIGNATURE_ICON}" width="64" height="64" alt="${name} logo" style="display:block;border:0;width:64px;height:64px;">
    </td>
    <td style="padding:0 0 0 16px;vertical-align:top;border-left:2px solid ${esc(light.primary)};">
      <p style="margin:0;${text(16, light.text, 700)}">${PLACEHOLDER.name}</p>
      <p style="margin:0;${
    text(13, light.text_muted ?? light.text)
  }">${PLACEHOLDER.role} · ${name}</p>
      <p style="margin:8px 0 0;${text(13, light.text)}">${PLACEHOLDER.phone}</p>
      <p style="margin:0;${text(13, light.text)}"><a href="https://${esc(domain)}" style="${
    text(13, light.primary, 700)
  }text-decoration:none;">${esc(domain)}</a></p>
${
    input.brand.tagline
      ? `      <p style="margin:8px 0 0;${text(12, light.text_muted ?? light.text)}">${
        esc(input.brand.tagline)
      }</p>\n`
      : ""
  }    </td>
  </tr>
</table>
`;
}

export function signatureFile(input: KitInput, type: KitType): KitFile {
  return textFile("email/signature.html", signatureHtml(input, type), [
    logoRef(input.logos[0]),
    STAGE.colors,
    STAGE.taglines,
  ]);
}
