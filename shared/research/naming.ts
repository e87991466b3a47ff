/**
 * Naming research: the strategies, morphemes and word pools that name generation draws on.
 *
 * This is data written by us, not fetched. Its version is a hash of its content (the research
 * registry computes it); it is part of every names prompt version, so a stored generation says
 * which research produced it. Its shape is naming_schema.ts.
 */
import type { NameStyle } from "./naming_schema.ts";

export interface Strategy {
  style: NameStyle;
  /** What the strategy is, in one or two sentences (shown to the model). */
  description: string;
  /** Well-known names that follow the strategy. */
  examples: readonly string[];
}

export const strategies: Readonly<Record<NameStyle, Strategy>> = {
  descriptive: {
    style: "descriptive",
    description: "Says plainly what the business does or sells. Clear from day one, " +
      "hard to trademark and to stand out with.",
    examples: ["General Motors", "Booking.com", "PayPal", "The Body Shop"],
  },
  suggestive: {
    style: "suggestive",
    description: "Hints at a benefit or quality through a root or sound without naming it " +
      "outright, often a classical root with a soft ending.",
    examples: ["Pinterest", "Ventura", "Lumina", "Vivint"],
  },
  compound: {
    style: "compound",
    description: "Two short real words joined into one new word that paints a picture.",
    examples: ["Facebook", "Snapchat", "Mailchimp", "Dropbox"],
  },
  portmanteau: {
    style: "portmanteau",
    description: "Blends parts of two words so they overlap, keeping a trace of both meanings.",
    examples: ["Microsoft", "Pinterest", "Groupon", "Instagram"],
  },
  metaphor: {
    style: "metaphor",
    description: "Borrows a thing, animal or place whose qualities stand for the brand's " +
      "promise.",
    examples: ["Amazon", "Jaguar", "Oracle", "Patagonia"],
  },
  real_word: {
    style: "real_word",
    description: "An existing, evocative word used out of its usual context.",
    examples: ["Apple", "Slack", "Notion", "Square"],
  },
  invented: {
    style: "invented",
    description: "A coined word with no prior meaning, built from pleasant, easy sounds. " +
      "Most distinctive and easiest to own, but needs marketing to gain meaning.",
    examples: ["Kodak", "Xerox", "Zalando", "Hulu"],
  },
  acronym: {
    style: "acronym",
    description: "Initials of a longer descriptive name, read letter by letter or as a word.",
    examples: ["IBM", "IKEA", "H&M", "BMW"],
  },
};

export interface Root {
  root: string;
  /** Where the root comes from and what it means, for the rationale. */
  gloss: string;
}

/** A meaning a brand may want to convey, with the words in a brief that call for it. */
export interface MeaningGroup {
  meaning: string;
  /** Word starts in a brief that evoke the meaning ("fast" matches "faster"). */
  triggers: readonly string[];
  /** Classical or foreign roots for suggestive and invented names. */
  roots: readonly Root[];
  /** Real words that stand for the meaning (metaphors, compounds, real-word names). */
  images: readonly string[];
}

export const meanings: readonly MeaningGroup[] = [
  {
    meaning: "speed",
    triggers: ["fast", "quick", "speed", "rapid", "swift", "instant", "deliver", "express"],
    roots: [
      { root: "vel", gloss: "Latin velox, swift" },
      { root: "cel", gloss: "Latin celer, quick" },
      { root: "tach", gloss: "Greek tachys, fast" },
      { root: "rapi", gloss: "Latin rapidus, rapid" },
    ],
    images: ["falcon", "comet", "arrow", "dash", "swift", "bolt", "jet", "sprint"],
  },
  {
    meaning: "growth",
    triggers: ["grow", "scale", "expand", "rise", "increase", "develop", "start", "seed"],
    roots: [
      { root: "crescen", gloss: "Latin crescere, to grow" },
      { root: "aug", gloss: "Latin augere, to increase" },
      { root: "vire", gloss: "Latin virere, to be green and thriving" },
      { root: "flor", gloss: "Latin flos, flower" },
    ],
    images: ["sprout", "canopy", "seedling", "bloom", "acorn", "ladder", "tide", "vine"],
  },
  {
    meaning: "trust",
    triggers: ["trust", "secure", "safe", "reliab", "insur", "protect", "guard", "bank"],
    roots: [
      { root: "fid", gloss: "Latin fides, faith" },
      { root: "cert", gloss: "Latin certus, sure" },
      { root: "ver", gloss: "Latin verus, true" },
      { root: "stab", gloss: "Latin stabilis, steady" },
    ],
    images: ["anchor", "keystone", "harbor", "shield", "bedrock", "compass", "oak", "vault"],
  },
  {
    meaning: "clarity",
    triggers: ["clear", "simpl", "transparen", "insight", "data", "analy", "explain", "see"],
    roots: [
      { root: "lum", gloss: "Latin lumen, light" },
      { root: "clar", gloss: "Latin clarus, clear" },
      { root: "lucid", gloss: "Latin lucidus, bright" },
      { root: "phot", gloss: "Greek phos, light" },
    ],
    images: ["lantern", "prism", "beacon", "lens", "glass", "daylight", "window", "spark"],
  },
  {
    meaning: "strength",
    triggers: ["strong", "power", "tough", "durab", "fitness", "gym", "build", "heavy"],
    roots: [
      { root: "fort", gloss: "Latin fortis, strong" },
      { root: "val", gloss: "Latin valere, to be strong" },
      { root: "dyna", gloss: "Greek dynamis, power" },
      { root: "rob", gloss: "Latin robur, oak, strength" },
    ],
    images: ["titan", "granite", "iron", "summit", "ridge", "boulder", "forge", "pillar"],
  },
  {
    meaning: "calm",
    triggers: ["calm", "relax", "sleep", "mindful", "medit", "peace", "rest", "spa", "yoga"],
    roots: [
      { root: "sere", gloss: "Latin serenus, calm" },
      { root: "pax", gloss: "Latin pax, peace" },
      { root: "tranq", gloss: "Latin tranquillus, quiet" },
      { root: "zen", gloss: "Japanese zen, meditation" },
    ],
    images: ["harbor", "meadow", "willow", "still", "haven", "dusk", "cove", "moss"],
  },
  {
    meaning: "joy",
    triggers: ["fun", "happy", "joy", "play", "game", "kid", "party", "delight", "enjoy"],
    roots: [
      { root: "gaud", gloss: "Latin gaudium, joy" },
      { root: "ludo", gloss: "Latin ludus, play" },
      { root: "hila", gloss: "Greek hilaros, cheerful" },
      { root: "felic", gloss: "Latin felix, happy" },
    ],
    images: ["confetti", "kite", "carousel", "sunny", "giggle", "tango", "firefly", "balloon"],
  },
  {
    meaning: "nature",
    triggers: ["organic", "natur", "green", "plant", "farm", "garden", "eco", "sustain"],
    roots: [
      { root: "terra", gloss: "Latin terra, earth" },
      { root: "silva", gloss: "Latin silva, forest" },
      { root: "verd", gloss: "Old French verd, green" },
      { root: "bio", gloss: "Greek bios, life" },
    ],
    images: ["fern", "meadow", "grove", "leaf", "clover", "orchard", "river", "moss"],
  },
  {
    meaning: "craft",
    triggers: ["craft", "handmade", "artisan", "bake", "bread", "brew", "wood", "design"],
    roots: [
      { root: "arti", gloss: "Latin ars, skill" },
      { root: "fab", gloss: "Latin faber, maker" },
      { root: "techn", gloss: "Greek techne, craft" },
      { root: "opus", gloss: "Latin opus, work" },
    ],
    images: ["anvil", "loom", "chisel", "kiln", "hearth", "thread", "workshop", "bench"],
  },
  {
    meaning: "intelligence",
    triggers: ["smart", "intellig", "learn", "ai", "think", "educat", "school", "brain"],
    roots: [
      { root: "sapi", gloss: "Latin sapiens, wise" },
      { root: "noe", gloss: "Greek noesis, understanding" },
      { root: "cogn", gloss: "Latin cognoscere, to know" },
      { root: "sophi", gloss: "Greek sophia, wisdom" },
    ],
    images: ["owl", "sage", "atlas", "almanac", "oracle", "quill", "library", "mind"],
  },
  {
    meaning: "connection",
    triggers: ["connect", "social", "network", "share", "community", "team", "chat", "link"],
    roots: [
      { root: "nex", gloss: "Latin nexus, bond" },
      { root: "junct", gloss: "Latin iungere, to join" },
      { root: "soci", gloss: "Latin socius, companion" },
      { root: "syn", gloss: "Greek syn, together" },
    ],
    images: ["bridge", "thread", "hive", "circle", "knot", "weave", "village", "relay"],
  },
  {
    meaning: "journey",
    triggers: ["travel", "trip", "journey", "tour", "move", "explore", "adventur", "ride"],
    roots: [
      { root: "via", gloss: "Latin via, road" },
      { root: "itin", gloss: "Latin iter, journey" },
      { root: "odys", gloss: "Greek odysseia, long voyage" },
      { root: "nav", gloss: "Latin navis, ship" },
    ],
    images: ["compass", "voyage", "trail", "horizon", "wayfarer", "atlas", "pathway", "north"],
  },
  {
    meaning: "care",
    triggers: ["care", "health", "clinic", "doctor", "wellness", "nurs", "therap", "pet"],
    roots: [
      { root: "cura", gloss: "Latin cura, care" },
      { root: "salu", gloss: "Latin salus, health" },
      { root: "vita", gloss: "Latin vita, life" },
      { root: "thera", gloss: "Greek therapeia, healing" },
    ],
    images: ["haven", "nest", "shelter", "balm", "cradle", "harbor", "sunrise", "kindred"],
  },
  {
    meaning: "value",
    triggers: ["money", "financ", "invest", "pay", "budget", "save", "wealth", "account"],
    roots: [
      { root: "aur", gloss: "Latin aurum, gold" },
      { root: "pecu", gloss: "Latin pecunia, money" },
      { root: "cap", gloss: "Latin caput, capital" },
      { root: "thes", gloss: "Greek thesauros, treasure" },
    ],
    images: ["ledger", "acorn", "coin", "mint", "vault", "harvest", "treasure", "keel"],
  },
  {
    meaning: "freshness",
    triggers: ["fresh", "new", "modern", "young", "clean", "pure", "juice", "food"],
    roots: [
      { root: "nov", gloss: "Latin novus, new" },
      { root: "neo", gloss: "Greek neos, new" },
      { root: "pur", gloss: "Latin purus, pure" },
      { root: "reca", gloss: "Latin recens, fresh" },
    ],
    images: ["dew", "morning", "citrus", "spring", "mint", "breeze", "sprig", "daybreak"],
  },
  {
    meaning: "home",
    triggers: ["home", "house", "real", "estate", "rent", "living", "furnit", "interior"],
    roots: [
      { root: "domi", gloss: "Latin domus, house" },
      { root: "casa", gloss: "Italian casa, home" },
      { root: "oik", gloss: "Greek oikos, household" },
      { root: "hest", gloss: "Greek Hestia, hearth" },
    ],
    images: ["hearth", "nest", "porch", "doorway", "lantern", "gable", "haven", "keystone"],
  },
  {
    meaning: "water",
    triggers: ["water", "sea", "ocean", "marine", "fish", "swim", "surf", "boat"],
    roots: [
      { root: "aqua", gloss: "Latin aqua, water" },
      { root: "mar", gloss: "Latin mare, sea" },
      { root: "hydr", gloss: "Greek hydor, water" },
      { root: "unda", gloss: "Latin unda, wave" },
    ],
    images: ["tide", "harbor", "reef", "current", "lagoon", "wave", "pearl", "coral"],
  },
  {
    meaning: "energy",
    triggers: ["energy", "solar", "electric", "power", "active", "sport", "fuel", "charge"],
    roots: [
      { root: "volt", gloss: "after Volta, electricity" },
      { root: "ign", gloss: "Latin ignis, fire" },
      { root: "ergo", gloss: "Greek ergon, work" },
      { root: "sol", gloss: "Latin sol, sun" },
    ],
    images: ["ember", "spark", "flare", "sunbeam", "current", "blaze", "pulse", "torch"],
  },
  {
    meaning: "precision",
    triggers: ["precis", "accura", "engineer", "measure", "tool", "software", "code", "lab"],
    roots: [
      { root: "exa", gloss: "Latin exactus, exact" },
      { root: "metr", gloss: "Greek metron, measure" },
      { root: "preci", gloss: "Latin praecisus, cut short, exact" },
      { root: "ortho", gloss: "Greek orthos, straight" },
    ],
    images: ["caliper", "axis", "vector", "plumb", "gauge", "needle", "meridian", "pivot"],
  },
  {
    meaning: "freedom",
    triggers: ["free", "independ", "remote", "flexib", "open", "wild", "outdoor", "nomad"],
    roots: [
      { root: "liber", gloss: "Latin liber, free" },
      { root: "eleu", gloss: "Greek eleutheria, freedom" },
      { root: "aer", gloss: "Greek aer, air" },
      { root: "vaga", gloss: "Latin vagari, to roam" },
    ],
    images: ["kestrel", "meadow", "sail", "skyline", "wander", "glider", "prairie", "wing"],
  },
];

/** Meanings used when nothing in a brief matches a trigger: broadly positive and safe. */
export const defaultMeanings: readonly string[] = ["clarity", "growth", "trust", "freshness"];

/** Soft endings that turn a root into a brandable word ("vel" + "ora" → "Velora"). */
export const endings: readonly string[] = [
  "a",
  "o",
  "ia",
  "io",
  "ora",
  "ova",
  "era",
  "ana",
  "ella",
  "ent",
  "ix",
  "is",
  "on",
  "um",
  "eo",
  "ara",
  "ina",
  "ivo",
  "ence",
  "ique",
];

/** Short prefixes that colour a stem ("true" + "leaf", "neo" + "vita"). */
export const prefixes: readonly string[] = [
  "neo",
  "omni",
  "ever",
  "true",
  "via",
  "uni",
  "bright",
  "all",
  "evo",
  "kin",
];

/**
 * Building blocks for invented words: onsets and vowel nuclei that English speakers read
 * without hesitation (no silent letters, no ambiguous digraphs).
 */
export const syllables = {
  onsets: [
    "b",
    "d",
    "f",
    "g",
    "k",
    "l",
    "m",
    "n",
    "p",
    "r",
    "s",
    "t",
    "v",
    "z",
    "br",
    "dr",
    "fl",
    "gr",
    "kl",
    "pr",
    "st",
    "tr",
  ],
  nuclei: ["a", "e", "i", "o", "u"],
} as const;

/** Words that say what kind of business it is, for descriptive names ("Bread" + "works"). */
export const descriptors = {
  general: ["works", "lab", "studio", "co", "house", "supply", "collective", "craft"],
  byIndustry: [
    {
      triggers: ["food", "bake", "bread", "cafe", "coffee", "restaurant", "kitchen", "meal"],
      words: ["kitchen", "pantry", "table", "bakehouse", "larder"],
    },
    {
      triggers: ["software", "app", "tech", "data", "cloud", "ai", "code", "platform"],
      words: ["labs", "stack", "logic", "systems", "signal"],
    },
    {
      triggers: ["financ", "money", "bank", "invest", "pay", "account", "insur"],
      words: ["capital", "ledger", "trust", "partners", "fund"],
    },
    {
      triggers: ["health", "care", "clinic", "wellness", "therap", "fitness", "yoga"],
      words: ["care", "clinic", "health", "wellness", "balance"],
    },
    {
      triggers: ["fashion", "cloth", "wear", "apparel", "jewel", "textile"],
      words: ["atelier", "thread", "wardrobe", "tailor", "loom"],
    },
    {
      triggers: ["travel", "tour", "trip", "hotel", "journey"],
      words: ["voyages", "trails", "journeys", "routes", "getaways"],
    },
    {
      triggers: ["educat", "school", "learn", "course", "tutor", "teach"],
      words: ["academy", "school", "learning", "class", "tutors"],
    },
    {
      triggers: ["home", "house", "estate", "interior", "furnit", "build"],
      words: ["homes", "living", "spaces", "builders", "interiors"],
    },
  ],
} as const;

/** Short, concrete real words that join well into compounds ("leaf" + "nest"). */
export const compoundParts: readonly string[] = [
  "path",
  "nest",
  "leaf",
  "bright",
  "true",
  "north",
  "stone",
  "field",
  "wave",
  "spark",
  "loop",
  "mint",
  "oak",
  "beam",
  "well",
  "bloom",
  "sky",
  "sun",
  "hive",
  "peak",
  "pine",
  "birch",
  "crest",
  "wind",
  "fox",
  "bird",
  "wren",
  "bay",
  "lake",
  "glow",
  "kind",
  "clear",
  "blue",
  "gold",
  "maple",
  "cloud",
  "ember",
  "tide",
  "root",
  "orbit",
];

/** Words that make a name generic, not distinctive ("Tech", "Solutions"). */
export const genericTerms: readonly string[] = [
  "tech",
  "solutions",
  "solution",
  "global",
  "digital",
  "smart",
  "group",
  "services",
  "service",
  "systems",
  "online",
  "hub",
  "app",
  "web",
  "net",
  "inc",
  "corp",
  "company",
  "enterprise",
  "enterprises",
  "international",
  "consulting",
  "agency",
  "best",
  "pro",
];

/** Endings so common in start-up names that they no longer set a name apart. */
export const overusedEndings: readonly string[] = ["ify", "ly", "io", "sy", "hub", "app", "ster"];

/**
 * Famous brands, lowercase and without spaces. A name that matches or nearly matches one of
 * these is flagged: it will read as a copy and invite trademark trouble.
 */
export const famousBrands: readonly string[] = [
  "google",
  "apple",
  "amazon",
  "microsoft",
  "facebook",
  "meta",
  "netflix",
  "nike",
  "adidas",
  "tesla",
  "uber",
  "airbnb",
  "spotify",
  "paypal",
  "visa",
  "mastercard",
  "samsung",
  "sony",
  "intel",
  "oracle",
  "ibm",
  "cisco",
  "adobe",
  "salesforce",
  "shopify",
  "stripe",
  "slack",
  "zoom",
  "twitter",
  "instagram",
  "tiktok",
  "youtube",
  "linkedin",
  "pinterest",
  "reddit",
  "snapchat",
  "whatsapp",
  "dropbox",
  "github",
  "notion",
  "figma",
  "canva",
  "cocacola",
  "pepsi",
  "starbucks",
  "mcdonalds",
  "walmart",
  "ikea",
  "toyota",
  "honda",
  "ford",
  "bmw",
  "audi",
  "mercedes",
  "porsche",
  "ferrari",
  "lego",
  "disney",
  "nintendo",
  "yahoo",
  "ebay",
  "alibaba",
  "huawei",
  "xiaomi",
  "lenovo",
  "dell",
  "nvidia",
  "vodafone",
  "verizon",
  "rolex",
  "gucci",
  "prada",
  "chanel",
  "zara",
  "hermes",
  "nestle",
  "kodak",
  "canon",
  "nikon",
  "fedex",
  "lyft",
  "doordash",
  "etsy",
  "hubspot",
  "zendesk",
  "twilio",
  "duolingo",
  "peloton",
  "garmin",
  "patagonia",
  "redbull",
  "heineken",
  "gillette",
  "nutella",
  "nescafe",
  "xerox",
  "hulu",
  "zalando",
  "mailchimp",
  "openai",
];

/** Function words and filler skipped when a brief's words are turned into name stems. */
export const stopwords: readonly string[] = [
  "a",
  "about",
  "after",
  "all",
  "also",
  "an",
  "and",
  "any",
  "are",
  "as",
  "at",
  "be",
  "because",
  "been",
  "best",
  "brand",
  "business",
  "but",
  "by",
  "can",
  "company",
  "do",
  "each",
  "every",
  "for",
  "from",
  "get",
  "has",
  "have",
  "help",
  "helps",
  "her",
  "his",
  "how",
  "i",
  "in",
  "into",
  "is",
  "it",
  "its",
  "just",
  "like",
  "make",
  "makes",
  "more",
  "most",
  "my",
  "new",
  "no",
  "not",
  "of",
  "offer",
  "offers",
  "on",
  "one",
  "only",
  "or",
  "our",
  "out",
  "over",
  "people",
  "provide",
  "provides",
  "service",
  "services",
  "so",
  "some",
  "such",
  "than",
  "that",
  "the",
  "their",
  "them",
  "then",
  "there",
  "these",
  "they",
  "this",
  "those",
  "through",
  "to",
  "up",
  "us",
  "use",
  "very",
  "via",
  "want",
  "was",
  "way",
  "we",
  "what",
  "when",
  "where",
  "which",
  "while",
  "who",
  "will",
  "with",
  "without",
  "you",
  "your",
];

/**
 * Common English words beyond the word pools above. A name equal to one of these (or to any
 * pool word) is flagged `dictionary_word`: easy to remember, hard to own.
 */
export const commonWords: readonly string[] = (
  "able act age air answer area art back bag ball band bank bar base bear beat bed bell " +
  "belt best big bill bit black blade block blue board boat body bond bone book boot box " +
  "boy brain branch brave bread break brick bright bring broad brother brush build burn " +
  "bus bush button buy cake call calm camp cap car card care case cash cast castle cat " +
  "catch cell center chain chair chance change charge chart check chef chief child chip " +
  "city class clean clear click climb clock close cloth coast coat code cold color " +
  "comfort cook cool copy core corn corner cost cotton count country course cover craft " +
  "cream crew crop cross crown cup cure curve cut cycle dance dark day deal deep deer " +
  "desk dream dress drink drive drop drum dust eagle early earth east easy echo edge " +
  "egg element engine eye face fact fair faith fall family farm fast father feather feel " +
  "fiber field figure file fill film final find fine finger fire firm fish fit flag flame " +
  "flash fleet flight flow flower fly focus fold food foot force forest form fort forward " +
  "frame free fresh friend front fruit fuel fun future game garden gate gear gem giant " +
  "gift glass globe goal good grace grain grand grape grass gray great green grid ground " +
  "group guard guide hand happy harbor hard harmony hat head heart heat heavy hero high " +
  "hill history hold hole holiday home honey hook hope horse host hour house human hunt " +
  "idea image ink iron island item jacket jam jewel job join journey joy judge juice " +
  "jump jungle key kid king kit kitchen knight knot label lamp land language large laser " +
  "launch law layer lead leader learn level life lift light lime line link lion list " +
  "little live load local lock logic long lot love low luck machine magic mail main major " +
  "maker map market mark mask master match matter meal medal meet memory metal middle " +
  "mile milk mill mind mirror mission model moment money month moon mother motion mount " +
  "mountain move music name nation native near needle network night noble noise note " +
  "novel nut ocean office oil open orange order origin owner pace pack page paint pair " +
  "palace palm panel paper park part party pass past patch peace pearl pen pepper piano " +
  "picture piece pilot pin pink pipe place plain plan plant plate play plus pocket poem " +
  "point pole pool port post pot power press price pride prime print prize pure purple " +
  "quest quick quiet race radio rain range rapid raven ray reach ready record red rest " +
  "rich ride right ring rise river road rock rocket roll roof room rose round route royal " +
  "rule run rush safe sail salt sand scale scene school scope score screen sea seal season " +
  "seat secret seed sense shade shape share sharp shell shift shine ship shop shore short " +
  "show side sign signal silk silver simple sister size skill slate sleep slice smart " +
  "smile smoke snow soft soil solid song sound source south space spice spirit spot " +
  "square stage stamp star start state station steady steam steel step stick stock store " +
  "storm story straight stream street strong studio style sugar summer super supply " +
  "sure surface sweet swing table tail talent tank target taste tea teach team tell " +
  "temple test theory thunder ticket tiger time tiny title today tone top total touch " +
  "tower town track trade train travel treasure tree trend tribe trip true trust truth " +
  "turn twin union unit up urban valley value view village vision voice wall watch water " +
  "way wealth west wheel white wild window wine winter wire wise wish wolf wonder wood " +
  "word work world yard year yellow young zone"
).split(" ");

/** Everything the name generators and the names prompt read, as one value. */
export const namingResearch = {
  strategies,
  meanings,
  defaultMeanings,
  endings,
  prefixes,
  syllables,
  descriptors,
  compoundParts,
  genericTerms,
  overusedEndings,
  famousBrands,
  stopwords,
  commonWords,
};

export type NamingResearch = typeof namingResearch & { version: string };
