/**
 * Classical and foreign roots for common concepts, curated: the words a namer reaches for
 * when a plain English word is too plain ("light" → lux, lumen, luz). Keys are English words
 * as the analysis gives them (concept terms and related words); languages are ISO 639-1
 * codes (la = Latin, el = Greek).
 */
export interface ForeignRoot {
  root: string;
  language: string;
}

const r = (language: string, ...roots: string[]): ForeignRoot[] =>
  roots.map((root) => ({ root, language }));

const GROUPS: readonly { keys: readonly string[]; roots: readonly ForeignRoot[] }[] = [
  {
    keys: ["light", "lamp", "lantern", "glow", "illumination", "beam", "candle"],
    roots: [...r("la", "lux", "lumen"), ...r("pt", "luz"), ...r("it", "luce"), ...r("el", "phos")],
  },
  {
    keys: ["sun", "solar", "ray", "dawn"],
    roots: [...r("la", "sol"), ...r("el", "helio"), ...r("pt", "sol"), ...r("it", "sole")],
  },
  {
    keys: ["flame", "fire", "ember"],
    roots: [...r("la", "ignis", "flamma"), ...r("el", "pyro"), ...r("it", "fuoco")],
  },
  {
    keys: ["bread", "loaf", "pastry", "bakery", "dough"],
    roots: [...r("la", "panis"), ...r("it", "pane"), ...r("pt", "pao"), ...r("fr", "pain")],
  },
  {
    keys: ["wheat", "grain", "flour", "cereal"],
    roots: [...r("la", "granum", "farina"), ...r("it", "grano"), ...r("fr", "ble")],
  },
  {
    keys: ["oven", "bake"],
    roots: [...r("la", "furnus"), ...r("it", "forno"), ...r("pt", "forno")],
  },
  {
    keys: ["watch", "clock", "time", "hour", "timepiece"],
    roots: [...r("el", "chronos", "chrono"), ...r("la", "hora", "tempus"), ...r("it", "ora")],
  },
  {
    keys: ["gear", "wheel", "cog", "mechanism", "movement"],
    roots: [...r("la", "rota"), ...r("it", "ruota"), ...r("pt", "roda"), ...r("el", "kyklos")],
  },
  {
    keys: ["bike", "bicycle", "cycle", "pedal", "ride"],
    roots: [
      ...r("el", "kyklos", "velo"),
      ...r("fr", "velo"),
      ...r("it", "bici"),
      ...r("pt", "roda"),
    ],
  },
  {
    keys: ["tooth", "dental", "teeth", "smile"],
    roots: [
      ...r("la", "dens", "denti"),
      ...r("el", "odonto"),
      ...r("it", "sorriso"),
      ...r("es", "risa"),
    ],
  },
  {
    keys: ["child", "kid", "children"],
    roots: [...r("la", "puer"), ...r("el", "paidi"), ...r("es", "nino")],
  },
  {
    keys: ["dog", "puppy", "canine", "paw"],
    roots: [...r("la", "canis"), ...r("it", "cane"), ...r("es", "perro"), ...r("el", "kyon")],
  },
  {
    keys: ["cat", "kitten"],
    roots: [...r("la", "felis"), ...r("it", "gatto"), ...r("es", "gato")],
  },
  {
    keys: ["coffee", "bean", "roast", "brew", "cup", "espresso"],
    roots: [
      ...r("it", "caffe", "tazza"),
      ...r("pt", "cafe"),
      ...r("es", "grano"),
      ...r("ar", "qahwa"),
    ],
  },
  {
    keys: ["music", "note", "song", "melody", "piano", "guitar", "string"],
    roots: [
      ...r("la", "canto", "sonus"),
      ...r("el", "melos", "harmonia"),
      ...r("it", "nota", "suono"),
    ],
  },
  {
    keys: ["key", "keyboard"],
    roots: [...r("la", "clavis"), ...r("it", "chiave"), ...r("el", "kleis")],
  },
  {
    keys: ["vegetable", "produce", "harvest", "crop"],
    roots: [...r("la", "hortus", "messis"), ...r("it", "orto"), ...r("pt", "horta")],
  },
  {
    keys: ["leaf", "green", "plant", "sprout", "grow", "foliage"],
    roots: [
      ...r("la", "folium", "viridis"),
      ...r("el", "phyllo"),
      ...r("it", "foglia"),
      ...r("pt", "verde"),
    ],
  },
  {
    keys: ["farm", "field", "earth", "garden", "soil", "root"],
    roots: [
      ...r("la", "terra", "ager"),
      ...r("el", "geo"),
      ...r("it", "campo"),
      ...r("pt", "terra"),
    ],
  },
  {
    keys: ["shield", "guard", "safe", "lock", "security", "cybersecurity", "protect"],
    roots: [
      ...r("la", "scutum", "tutela", "aegis"),
      ...r("el", "aegis", "phylax"),
      ...r("it", "scudo"),
    ],
  },
  {
    keys: ["invoice", "bill", "ledger", "receipt", "account", "payment"],
    roots: [
      ...r("la", "ratio", "summa", "computa"),
      ...r("it", "conto", "fattura"),
      ...r("pt", "conta"),
    ],
  },
  { keys: ["coin", "money", "cash"], roots: [...r("la", "nummus", "moneta"), ...r("it", "soldo")] },
  {
    keys: ["yoga", "breath", "calm", "lotus", "balance", "mat"],
    roots: [
      ...r("sa", "prana", "shanti"),
      ...r("la", "spira", "pax"),
      ...r("el", "pneuma"),
      ...r("it", "calma"),
    ],
  },
  {
    keys: ["mountain", "peak", "summit", "trail", "hike"],
    roots: [...r("la", "mons", "alta"), ...r("it", "monte", "vetta"), ...r("es", "sierra")],
  },
  {
    keys: ["camp", "tent", "shelter"],
    roots: [...r("la", "castra", "tenda"), ...r("it", "campo"), ...r("es", "refugio")],
  },
  {
    keys: ["star", "night", "moon"],
    roots: [...r("la", "stella", "astra", "luna", "nox"), ...r("el", "astro", "selene")],
  },
  {
    keys: ["heart", "care", "love", "health"],
    roots: [
      ...r("la", "cor", "cura", "salus"),
      ...r("el", "kardia"),
      ...r("it", "cuore"),
      ...r("es", "salud"),
    ],
  },
  {
    keys: ["hand", "craft", "handmade", "work", "tool", "wrench", "repair"],
    roots: [
      ...r("la", "manus", "opus", "faber"),
      ...r("el", "techne"),
      ...r("it", "mano", "bottega"),
    ],
  },
  {
    keys: ["book", "school", "lesson", "pencil", "education", "learn"],
    roots: [
      ...r("la", "liber", "schola", "disco"),
      ...r("el", "mathe", "logos"),
      ...r("it", "scuola"),
    ],
  },
  {
    keys: ["water", "wave", "sea", "river", "kayak", "boat", "lake"],
    roots: [...r("la", "aqua", "mare", "unda"), ...r("el", "hydro", "thalassa"), ...r("pt", "mar")],
  },
  {
    keys: ["flower", "rose", "bouquet", "bloom", "blossom"],
    roots: [...r("la", "flos", "flora", "rosa"), ...r("el", "anthos"), ...r("it", "fiore")],
  },
  {
    keys: ["wine", "grape", "vine", "vineyard"],
    roots: [...r("la", "vinum", "vitis"), ...r("it", "vino", "uva"), ...r("el", "oinos")],
  },
  {
    keys: ["tea", "herb"],
    roots: [...r("la", "herba"), ...r("zh", "cha"), ...r("pt", "cha"), ...r("it", "erba")],
  },
  {
    keys: ["house", "home", "dwelling", "room"],
    roots: [...r("la", "domus", "casa"), ...r("el", "oikos"), ...r("it", "casa")],
  },
  {
    keys: ["laptop", "code", "window", "screen", "software", "computer", "data"],
    roots: [...r("la", "codex", "nexus"), ...r("el", "logos", "kyber"), ...r("la", "data")],
  },
  {
    keys: ["cloud", "sky", "air"],
    roots: [...r("la", "nimbus", "caelum", "aura"), ...r("el", "aero"), ...r("it", "cielo")],
  },
  {
    keys: ["compass", "map", "travel", "journey", "tour"],
    roots: [
      ...r("la", "via", "iter"),
      ...r("el", "hodos", "nautes"),
      ...r("it", "rotta"),
      ...r("pt", "rumo"),
    ],
  },
  {
    keys: ["box", "crate", "chest", "container"],
    roots: [...r("la", "arca", "capsa"), ...r("it", "cassa"), ...r("pt", "caixa")],
  },
  {
    keys: ["scissors", "brush", "comb", "groom", "grooming"],
    roots: [...r("la", "cura", "pecten"), ...r("it", "pettine"), ...r("fr", "soin")],
  },
  {
    keys: ["mug", "plate", "ceramic", "clay", "pottery"],
    roots: [...r("el", "keramos"), ...r("la", "argilla", "figulus"), ...r("it", "creta")],
  },
  {
    keys: ["eye", "lens", "camera", "vision"],
    roots: [...r("la", "visio", "oculus"), ...r("el", "opsis", "photo"), ...r("it", "occhio")],
  },
  {
    keys: ["bee", "honey", "hive"],
    roots: [...r("la", "apis", "mel"), ...r("el", "meli"), ...r("it", "miele")],
  },
];

const byKey = new Map<string, ForeignRoot[]>();
for (const group of GROUPS) {
  for (const key of group.keys) byKey.set(key, [...(byKey.get(key) ?? []), ...group.roots]);
}

/** The classical and foreign roots for an English word, if the table has any. */
export const foreignRoots = (word: string): readonly ForeignRoot[] => byKey.get(word) ?? [];
