/**
 * Work the kit's PDFs share instead of each repeating it. A kit makes five documents from the
 * same two faces and mostly the same PNGs; pdf-lib would parse each face with fontkit and
 * decode, split and recompress each PNG once per document. Here a face is parsed once per
 * isolate and a PNG is decoded and compressed once (per PNG bytes, so per build); every
 * document gets streams with the same bytes, in the same object order, as pdf-lib's own
 * embedding writes, so the PDFs are byte for byte what they were.
 */
import fontkit from "@pdf-lib/fontkit";
import {
  type PDFContext,
  PDFContext as Context,
  PDFDict,
  type PDFDocument,
  PDFImage,
  PDFName,
  type PDFObject,
  PDFRawStream,
  PDFRef,
  PngEmbedder,
} from "pdf-lib";

type Fontkit = Parameters<PDFDocument["registerFontkit"]>[0];
type FontkitFont = ReturnType<Fontkit["create"]>;

const faces = new WeakMap<Uint8Array, FontkitFont>();

/**
 * fontkit, with a face parsed once per font file (the kit's TrueType conversions are cached
 * per isolate, so the same bytes come back). A parsed face is only read by the embedders
 * (layout, subsetting), never changed.
 */
export const sharedFontkit: Fontkit = {
  create(data: Uint8Array, postscriptName?: string) {
    if (postscriptName !== undefined) return fontkit.create(data, postscriptName);
    let face = faces.get(data);
    if (!face) faces.set(data, face = fontkit.create(data));
    return face;
  },
};

/** A PNG as pdf-lib embeds it: the compressed color stream and its soft mask, if any. */
interface PreparedPng {
  readonly embedder: PngEmbedder;
  readonly color: PDFRawStream;
  readonly mask?: PDFRawStream;
}

const prepared = new WeakMap<Uint8Array, Promise<PreparedPng>>();

/** pdf-lib's own embedding, once, into a scratch document, whose streams are then copied. */
async function prepare(png: Uint8Array): Promise<PreparedPng> {
  const embedder = await PngEmbedder.for(png);
  const scratch = Context.create();
  const color = rawStream(scratch.lookup(await embedder.embedIntoContext(scratch)));
  const maskRef = color.dict.get(PDFName.of("SMask"));
  const mask = maskRef instanceof PDFRef ? rawStream(scratch.lookup(maskRef)) : undefined;
  return { embedder, color, ...(mask ? { mask } : {}) };
}

function rawStream(object: PDFObject | undefined): PDFRawStream {
  if (!(object instanceof PDFRawStream)) throw new TypeError("pdf-lib wrote no raw image stream");
  return object;
}

/** `stream` in `context`: its dictionary copied entry by entry (same order), its bytes shared. */
function copyStream(
  context: PDFContext,
  stream: PDFRawStream,
  replace: Map<string, PDFObject> = new Map(),
): PDFRawStream {
  const dict = PDFDict.withContext(context);
  for (const [key, value] of stream.dict.entries()) {
    dict.set(key, replace.get(key.asString()) ?? value);
  }
  return PDFRawStream.of(dict, stream.getContents());
}

/**
 * `png` embedded in `doc` as doc.embedPng would, from the prepared streams. The image joins
 * the document's list of images, as embedPng's do, so it is written at save in the same place.
 */
export async function embedPrepared(doc: PDFDocument, png: Uint8Array): Promise<PDFImage> {
  let ready = prepared.get(png);
  if (!ready) {
    ready = prepare(png);
    ready.catch(() => prepared.delete(png));
    prepared.set(png, ready);
  }
  const { embedder, color, mask } = await ready;
  // Same embedder class (PDFImage accepts no other), writing the copies instead of recompressing.
  const copying = Object.create(embedder, {
    embedIntoContext: {
      value: (context: PDFContext, ref: PDFRef) => {
        const replace = new Map<string, PDFObject>();
        if (mask) replace.set("/SMask", context.register(copyStream(context, mask)));
        context.assign(ref, copyStream(context, color, replace));
        return Promise.resolve(ref);
      },
    },
  }) as PngEmbedder;
  const image = PDFImage.of(doc.context.nextRef(), doc, copying);
  // pdf-lib keeps this list private; embedPng pushes to it the same way (pdf-lib is pinned).
  (doc as unknown as { images: PDFImage[] }).images.push(image);
  return image;
}
