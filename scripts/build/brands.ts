/**
 * Builds shared/names/data/screens.json, the word lists every name is screened against:
 * - brand titles from `simple-icons` (CC0), plus famous consumer brands it does not carry;
 * - offensive words in many languages from `naughty-words` (the LDNOOBW lists, CC-BY-4.0).
 * Words are stored as comparison keys (lower case, accents folded, letters and digits only).
 *
 * Run: deno run -A scripts/build/brands.ts
 */
import badWords from "naughty-words";
import * as simpleIcons from "simple-icons";

const OUT = new URL("../../shared/names/data/screens.json", import.meta.url);

const key = (text: string) =>
  text.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase().replace(/[^a-z0-9]/g, "");

/** Household names of consumer goods and retail that a tech-icon set does not have. */
const CONSUMER_BRANDS = [
  "tide",
  "dove",
  "ariel",
  "persil",
  "omo",
  "lux",
  "axe",
  "lipton",
  "knorr",
  "heinz",
  "kelloggs",
  "oreo",
  "nutella",
  "kinder",
  "lindt",
  "milka",
  "haribo",
  "nestle",
  "nescafe",
  "danone",
  "evian",
  "volvic",
  "perrier",
  "pampers",
  "huggies",
  "gillette",
  "colgate",
  "oralb",
  "nivea",
  "loreal",
  "garnier",
  "lancome",
  "chanel",
  "dior",
  "hermes",
  "gucci",
  "prada",
  "cartier",
  "tiffany",
  "rolex",
  "omega",
  "swatch",
  "tissot",
  "longines",
  "seiko",
  "casio",
  "timex",
  "patek",
  "zara",
  "mango",
  "uniqlo",
  "levis",
  "puma",
  "adidas",
  "fila",
  "vans",
  "crocs",
  "lacoste",
  "patagonia",
  "yeti",
  "coleman",
  "garmin",
  "fitbit",
  "peloton",
  "trek",
  "brompton",
  "shimano",
  "lululemon",
  "lego",
  "ikea",
  "dyson",
  "bosch",
  "philips",
  "canon",
  "nikon",
  "lush",
  "boots",
  "tesco",
  "aldi",
  "lidl",
  "walmart",
  "costco",
  "carrefour",
  "pepsi",
  "cocacola",
  "fanta",
  "sprite",
  "redbull",
  "heineken",
  "corona",
  "guinness",
  "starbucks",
  "nespresso",
  "lavazza",
  "illy",
  "mcdonalds",
  "kfc",
  "subway",
  "dominos",
  "xero",
  "intuit",
  "quickbooks",
  "freshbooks",
  "square",
  "venmo",
  "klarna",
  "revolut",
  "monzo",
  "wise",
  "chime",
  "visa",
  "mastercard",
  "amex",
  "pandora",
  "kodak",
  "polaroid",
  "toyota",
  "honda",
  "tesla",
  "volvo",
  "ford",
  "ferrari",
  "porsche",
  "vespa",
  "ducati",
  "hilton",
  "marriott",
  "airbnb",
  "uber",
  "lyft",
  "bolt",
  "deliveroo",
  "oatly",
  "alpro",
  "panera",
  "chipotle",
  "dunkin",
  "wendys",
  "arbys",
  "tacobell",
  "pizzahut",
  "nandos",
  "greggs",
  "costa",
  "timhortons",
  "krispykreme",
  "cinnabon",
  "wholefoods",
  "traderjoes",
  "sainsburys",
  "sephora",
  "bodyshop",
  "glossier",
  "tagheuer",
  "breitling",
  "hublot",
  "petco",
  "petsmart",
  "chewy",
  "purina",
  "pedigree",
  "whiskas",
  "braun",
  "sonicare",
  "invisalign",
  "smiledirect",
  "zoho",
  "headspace",
  "herbalife",
  "peets",
  "bluebottle",
  "tchibo",
  "folgers",
];

const icons = Object.values(simpleIcons) as { title: string; aliases?: { aka?: string[] } }[];
const brands = new Set<string>();
for (const icon of icons) {
  for (const title of [icon.title, ...(icon.aliases?.aka ?? [])]) {
    const k = key(title);
    if (k.length >= 3 && k.length <= 20 && /[a-z]/.test(k)) brands.add(k);
  }
}
for (const b of CONSUMER_BRANDS) brands.add(b);

/** Languages written in Latin letters: only they can collide with a Latin-letter name. */
const LATIN = [
  "cs",
  "da",
  "de",
  "en",
  "eo",
  "es",
  "fi",
  "fil",
  "fr",
  "hu",
  "it",
  "nl",
  "no",
  "pl",
  "pt",
  "sv",
  "tr",
];
const bad: Record<string, string> = {};
const lists = badWords as unknown as Record<string, string[]>;
for (const lang of LATIN) {
  const words = new Set(
    (lists[lang] ?? []).filter((w) => !/\s/.test(w.trim())).map(key)
      .filter((w) => w.length >= 3 && w.length <= 16),
  );
  bad[lang] = [...words].sort().join("|");
}

const out = {
  brands: [...brands].sort().join("|"),
  bad,
};
const json = JSON.stringify(out);
Deno.mkdirSync(new URL(".", OUT), { recursive: true });
Deno.writeTextFileSync(OUT, json + "\n");
console.log(
  `screens: ${brands.size} brands, ${
    Object.values(bad).reduce((n, l) => n + l.split("|").length, 0)
  } bad words in ${LATIN.length} languages, ${(json.length / 1024).toFixed(0)} KB`,
);
