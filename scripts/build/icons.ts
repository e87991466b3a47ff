/**
 * scripts/build/icons.ts: compiles the icon subset the mark composer searches
 * (shared/marks/data/icons.json) from two open icon libraries on npm:
 *
 * - Tabler Icons (MIT): outline icons with a category and tags each;
 * - Lucide (ISC): outline icons with tags.
 *
 * Both draw on a 24 × 24 grid with a 2-unit round stroke, so one composer can scale them alike.
 * Only icons a brand can use are kept (things: food, tools, animals, nature, transport, health,
 * tech, buildings …); UI arrows, text formatting, brand logos and modifier variants ("-off",
 * "-plus", "-check") are left out. Each icon is stored as its stroke and fill path data plus the
 * bounding box of its ink (measured by rendering it with resvg), which optical centring needs.
 *
 *   deno run -A scripts/build/icons.ts
 */
import tablerMeta from "@tabler/icons/icons.json" with { type: "json" };
import tablerNodes from "@tabler/icons/tabler-nodes-outline.json" with { type: "json" };
import tablerPackage from "@tabler/icons/package.json" with { type: "json" };
import lucideTags from "lucide-static/tags.json" with { type: "json" };
import lucideNodes from "lucide-static/icon-nodes.json" with { type: "json" };
import lucidePackage from "lucide-static/package.json" with { type: "json" };
import { initWasm, Resvg } from "@resvg/resvg-wasm";
import { num } from "../../shared/logos/svg.ts";
import type { IconData, IconLibrary } from "../../shared/marks/icons.ts";

const OUT = new URL("../../shared/marks/data/icons.json", import.meta.url);
/** The libraries alone, small enough for the kit manifest to import statically. */
const LIBRARIES_OUT = new URL("../../shared/marks/data/libraries.json", import.meta.url);

/** Tabler categories that hold things a business can show. */
const TABLER_CATEGORIES = new Set([
  "Animals",
  "Buildings",
  "Communication",
  "Computers",
  "Design",
  "Devices",
  "Document",
  "E-commerce",
  "Electrical",
  "Food",
  "Games",
  "Health",
  "Laundry",
  "Map",
  "Media",
  "Mood",
  "Nature",
  "Photography",
  "Sport",
  "Symbols",
  "Vehicles",
  "Weather",
]);

/** Tabler icons outside those categories (or named like variants) that brands still use. */
const TABLER_KEEP = new Set(
  ("tool clock clock-hour-4 heart star lock shield shield-lock shield-check shield-half " +
    "fingerprint scale key hourglass alarm bell gift trophy award rosette flag target " +
    "diamond hexagon circle-dot sparkles infinity atom cube box crown flame lock-square " +
    "heart-handshake shield-heart").split(" "),
);

/** Last name segments that mark a state or action variant of a base icon ("bike-off"). */
const MODIFIERS = new Set(
  ("off plus minus check x search share star heart up down code cog dollar bolt cancel pause " +
    "play pin question exclamation edit pencil spark sparkles shield lock unlock cross dot " +
    "filled left right exclamation alert percentage discount bitcoin euro export import " +
    "upload download refresh stats settings cloud hand user users yen yuan rupee pound " +
    "refund tax").split(" "),
);

/** Interface and file-type icons inside Tabler's kept categories. */
const TABLER_SKIP = new RegExp(
  "^(border|freeze|file|folder|layout|keyframe|http|viewport|browser|exposure|cell-signal|" +
    "wifi|signal|volume|rewind|play-card|dice-\\d|repeat|message|topology|crop|squares|layers|" +
    "number|letter|align|arrow|chevron|caret|text|list|table|column|row|app-window|window|" +
    "player|device-(desktop|laptop|tablet|mobile|watch)-|cast|screen-share|sort|filter|" +
    "zoom|brand|mail|inbox|send|phone-|video-|camera-(ai|bolt|code|cog|dollar|down|" +
    "exclamation|heart|minus|pause|pin|plus|question|rotate|search|selfie|share|spark|star|" +
    "up|x)|photo-|box-(align|margin|model|padding|multiple)|vector|shape|components|" +
    "section|separator|spacing|math|function|clipboard|copy|cut$|paste|scan|qrcode|barcode|" +
    "id|ad|at|hash|link|unlink|access-point|antenna-bars|battery-|battery$|bluetooth|nfc|" +
    "usb|sd-card|sim|dialpad|radar-|status-change|brightness-|contrast|adjustments|" +
    "color-(filter|picker|swatch)|background|blur|marquee|lasso|crosshair|focus|grid|" +
    "ruler-|dimensions|artboard|bezier|circles|triangles|hexagons|icons|badges?-)",
);

/** Lucide has no categories: UI and formatting icons are recognised by name. */
const LUCIDE_SKIP = new RegExp(
  "^(a-|arrow|chevron|align|text|list|panel|layout|table|toggle|mouse|move|undo|redo|" +
    "square|circle|file|folder|between|columns|rows|grid|case|heading|pilcrow|indent|" +
    "outdent|bold|italic|underline|strikethrough|subscript|superscript|letter|wrap|" +
    "remove-formatting|spell|type|ungroup|group|scan|radius|scaling|log-|ellipsis|menu|" +
    "more|maximize|minimize|expand|shrink|fold|unfold|split|merge|git|github|gitlab|" +
    "figma|twitter|facebook|instagram|linkedin|youtube|twitch|slack|trello|codepen|" +
    "codesandbox|chrome|chromium|dribbble|framer|pocket|copy|clipboard|brackets|braces|" +
    "regex|variable|sigma|pi|omega|divide|equal|percent|x|check|hash|at-sign|asterisk|" +
    "binary|ampersand|quote|whole-word|replace|filter|sort|zoom|loader|refresh|" +
    "rotate|flip|crop|lasso|spline|bring|send|image-|view|sidebar|app-window|" +
    "between|diff|mouse|cursor|touchpad|option|command|delete|space|keyboard|iteration|" +
    "blend|ratio|dice|axis|chart|sheet|container|signpost-big|ruler-dimension|" +
    "component|package-|database-|server-|monitor-|smartphone-|tablet-|laptop-|" +
    "phone-|message-|mail-|user|bell-|bookmark-|ticket-|lock|key-|calendar-|battery-|" +
    "signal|wifi-|bluetooth-|cloud-|badge-|receipt-|wallet-|banknote-|hard-drive-|" +
    "image|gallery|scissors-line|pen-|pencil-|eraser|paintbrush-vertical|" +
    "book-(a|check|copy|dashed|down|key|lock|marked|minus|plus|text|up|user|x|" +
    "headphones|image|alert|audio|type)|save|trash|power|equal|bug-|octagon|triangle|" +
    "hexagon|pentagon|diamond-|cuboid|cone|cylinder|pyramid|torus|tally|infinity|" +
    "scroll-text|notebook-|sticky|clock-|alarm-clock-|timer-|map-pin-|navigation-|" +
    "locate-|shield-|heart-|star-|flag-|thumbs|smile-|vote|square-|ticket|fullscreen|" +
    "columns|projector|presentation|dock|tags?$|tag-|repeat|sliders|gap|parentheses|section|" +
    "tangent|summary|timeline|kanban|skip|reply|upload|download|minus|plus|search|link|" +
    "lambda|contact|messages?|webhook|ethernet|midi|cast|pc-case|credit-card-reader|" +
    "rectangle|wallpaper|notepad-text|voicemail|eye-dashed|baggage-claim)",
);

const LIBRARIES: Record<"tabler" | "lucide", IconLibrary> = {
  tabler: {
    set: "tabler",
    title: "Tabler Icons",
    version: tablerPackage.version,
    license: tablerPackage.license,
    url: "https://tabler.io/icons",
  },
  lucide: {
    set: "lucide",
    title: "Lucide",
    version: lucidePackage.version,
    license: lucidePackage.license,
    url: "https://lucide.dev",
  },
};

type Node = [string, Record<string, string | number>];

/** One element as path data, in the 24-unit grid. */
function nodePath([name, a]: Node): string {
  const n = (key: string) => Number(a[key] ?? 0);
  switch (name) {
    case "path": {
      // A path's first moveto is absolute even when written "m"; once paths are joined it
      // would be relative to the previous one, so an explicit origin keeps it in place.
      const d = String(a.d).trim();
      return d.startsWith("m") ? `M0 0${d}` : d;
    }
    case "circle":
    case "ellipse": {
      const rx = name === "circle" ? n("r") : n("rx");
      const ry = name === "circle" ? n("r") : n("ry");
      const [cx, cy] = [n("cx"), n("cy")];
      const arc = `a${num(rx)} ${num(ry)} 0 1 0`;
      return `M${num(cx - rx)} ${num(cy)}${arc} ${num(2 * rx)} 0${arc} ${num(-2 * rx)} 0Z`;
    }
    case "rect": {
      const [x, y, w, h] = [n("x"), n("y"), n("width"), n("height")];
      const r = Math.min(n("rx") || n("ry"), w / 2, h / 2);
      if (r === 0) return `M${num(x)} ${num(y)}h${num(w)}v${num(h)}h${num(-w)}Z`;
      const arc = (dx: number, dy: number) => `a${num(r)} ${num(r)} 0 0 1 ${num(dx)} ${num(dy)}`;
      return `M${num(x + r)} ${num(y)}h${num(w - 2 * r)}${arc(r, r)}v${num(h - 2 * r)}` +
        `${arc(-r, r)}h${num(-(w - 2 * r))}${arc(-r, -r)}v${num(-(h - 2 * r))}${arc(r, -r)}Z`;
    }
    case "line":
      return `M${num(n("x1"))} ${num(n("y1"))}L${num(n("x2"))} ${num(n("y2"))}`;
    case "polyline":
    case "polygon": {
      const pts = String(a.points).trim().split(/[\s,]+/).map(Number);
      let d = "";
      for (let i = 0; i < pts.length; i += 2) d += `${i ? "L" : "M"}${pts[i]} ${pts[i + 1]}`;
      return name === "polygon" ? `${d}Z` : d;
    }
    default:
      throw new Error(`unknown icon element <${name}>`);
  }
}

/** Stroke and fill path data of an icon; undefined when it draws in a way we do not support. */
function paths(nodes: readonly Node[]): { stroke: string; fill: string } | undefined {
  let stroke = "";
  let fill = "";
  for (const node of nodes) {
    const a = node[1];
    if (a.opacity !== undefined || (a.stroke !== undefined && a.stroke !== "none")) return;
    if (a.fill !== undefined && a.fill !== "none") fill += nodePath(node);
    else stroke += nodePath(node);
  }
  return { stroke, fill };
}

const SCALE = 10;

/** The ink box (stroke 2, round caps) in grid units, measured on a 240 px render. */
function inkBox(stroke: string, fill: string): [number, number, number, number] {
  const size = 24 * SCALE;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="${size}" ` +
    `height="${size}"><path d="${stroke}" fill="none" stroke="#000" stroke-width="2" ` +
    `stroke-linecap="round" stroke-linejoin="round"/><path d="${fill}" fill="#000"/></svg>`;
  const resvg = new Resvg(svg, { fitTo: { mode: "original" } });
  const image = resvg.render();
  const pixels = image.pixels;
  let [x1, y1, x2, y2] = [size, size, -1, -1];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (pixels[(y * size + x) * 4 + 3] < 64) continue;
      x1 = Math.min(x1, x);
      y1 = Math.min(y1, y);
      x2 = Math.max(x2, x + 1);
      y2 = Math.max(y2, y + 1);
    }
  }
  image.free();
  resvg.free();
  if (x2 < 0) throw new Error("icon has no ink");
  return [x1, y1, x2, y2].map((v) => Number(num(v / SCALE))) as [number, number, number, number];
}

const words = (list: readonly string[]) =>
  [...new Set(list.map((t) => t.toLowerCase().trim()).filter(Boolean))].join("|");

const isVariant = (name: string) => {
  const parts = name.split("-");
  return parts.length > 1 && MODIFIERS.has(parts.at(-1)!);
};

await initWasm(
  await Deno.readFile(new URL(import.meta.resolve("@resvg/resvg-wasm/index_bg.wasm"))),
);

const icons: IconData[] = [];
const add = (
  set: "tabler" | "lucide",
  name: string,
  category: string,
  tags: readonly string[],
  nodes: readonly Node[],
) => {
  const drawn = paths(nodes);
  if (!drawn || drawn.stroke === "") return;
  icons.push([
    set,
    name,
    category.toLowerCase(),
    words(tags),
    drawn.stroke,
    drawn.fill,
    inkBox(drawn.stroke, drawn.fill),
  ]);
};

const tabler = tablerMeta as Record<string, { category?: string; tags?: (string | number)[] }>;
const tablerDrawings = tablerNodes as unknown as Record<string, Node[]>;
for (const [name, meta] of Object.entries(tabler)) {
  const kept = TABLER_KEEP.has(name) ||
    (meta.category !== undefined && TABLER_CATEGORIES.has(meta.category) && !isVariant(name) &&
      !TABLER_SKIP.test(name));
  if (!kept) continue;
  const drawing = tablerDrawings[name];
  if (drawing) add("tabler", name, meta.category ?? "", (meta.tags ?? []).map(String), drawing);
}
const lucideDrawings = lucideNodes as unknown as Record<string, Node[]>;
for (const [name, tags] of Object.entries(lucideTags as Record<string, string[]>)) {
  if (LUCIDE_SKIP.test(name) || isVariant(name)) continue;
  const drawing = lucideDrawings[name];
  if (drawing) add("lucide", name, "", tags, drawing);
}

const data = { libraries: Object.values(LIBRARIES), icons };
const json = JSON.stringify(data);
await Deno.writeTextFile(OUT, json + "\n");
await Deno.writeTextFile(LIBRARIES_OUT, JSON.stringify(data.libraries, null, 2) + "\n");
const count = (set: string) => icons.filter((i) => i[0] === set).length;
console.log(
  `${icons.length} icons (tabler ${count("tabler")}, lucide ${count("lucide")}), ` +
    `${(json.length / 1024).toFixed(0)} KiB → ${OUT.pathname}`,
);
