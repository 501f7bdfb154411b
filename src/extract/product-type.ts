import type { ProductType } from '../ingredients/family-schema';

/**
 * Product types by the words shops use, tried in this order: the first rule that matches wins,
 * so "makeup remover" is a cleanser before "makeup" is makeup, and an "exfoliating cleanser" is
 * an exfoliant. Words in English, French, German, Spanish and Italian.
 */
const RULES: readonly (readonly [ProductType, RegExp])[] = [
  ['mask', /\bpeel[- ]off\b|\bsheet masks?\b/],
  [
    'exfoliant',
    /\bscrubs?\b|\bexfoliat|\bpeel(?:s|ing)?\b|\bpolish\b|microderm|\bresurfacing\b|\bgommage|\bpeeling\b|\bexfoliante?\b|\besfoliant|\baha'?s?\b|\bacid ton(?:er|ic)s?\b/,
  ],
  [
    'cleanser',
    /make-?up remover|\bmicellar\b|\bcleans(?:ers?|ing)\b|\bface wash\b|\bfacial wash\b|\bwash\b|\bsoap\b|\bnettoyant|\bdémaquillant|\breinigung|\breiniger|\blimpiador|\bdetergente|\bstruccante/,
  ],
  [
    'makeup',
    /\bfoundations?\b|\bconcealers?\b|\b[bc]c cream\b|\btinted (?:moisturi[sz]er|sunscreen|spf)|\bskin tint\b|\bblush(?:er)?\b|\bbronzer\b|\bhighlighter\b|\bcontour\b|\bprimer\b|setting (?:spray|powder)|\bface powder\b|\bpressed powder\b|\bloose powder\b|\beye ?shadow|\beye ?liner|\bmascara\b|\bbrow (?:gel|pencil|pomade)|\blipsticks?\b|\blip gloss|\blip liner|\blip stain|\bcushion(?: compact| foundation)?\b|\bmake-?up\b|\bmaquillage\b|\bfond de teint\b|\bbase de maquillaje\b|\bfondotinta\b|\bcorrecteur\b/,
  ],
  [
    'sunscreen',
    /\bsunscreen|\bsun ?block|\bsun cream\b|\bspf ?\d*\b|\buv (?:defen[cs]e|protection)\b|\bsolaire\b|\bsonnenschutz|\bprotector solar\b|\bprotezione solare\b/,
  ],
  [
    'eye-care',
    /\beye (?:cream|gel|serum|balm|treatment|contour|mask)|\bunder[- ]eye\b|\bcontour des yeux\b|\baugencreme\b/,
  ],
  ['lip-care', /\blip (?:balm|mask|treatment|oil|scrub|care)|\bbaume à lèvres\b|\blippenbalsam\b/],
  ['mask', /\bmasks?\b|\bmasques?\b|\bmaske\b|\bmascarilla\b|\bmaschera\b/],
  [
    'toner',
    /\btoners?\b|\btonic\b|\btoning\b|\bessences?\b|\bface mist\b|\bfacial (?:mist|spray)\b|\blotion tonique\b|\bgesichtswasser\b|\btónico\b|\btonico\b/,
  ],
  ['serum', /\bserums?\b|\bsérum\b|\bampoules?\b|\bbooster\b|\bconcentrate\b|\bspot treatment\b|\bsiero\b/],
  ['body-care', /\bbody (?:lotion|cream|butter|oil|milk)|\bhand cream\b|\bfoot cream\b|\bkörper/],
  [
    'moisturiser',
    /\bmoisturi[sz](?:er|ing)\b|\bcreams?\b|\bcrème\b|\bcreme\b|\bcrema\b|\bgel[- ]cream\b|\bface oil\b|\bfacial oil\b|\bemulsion\b|\blotion\b|\bbalm\b|\bhydrat(?:ant|ante|ing)\b|\bfeuchtigkeit/,
  ],
];

/** The type one name says, or null. */
export function productTypeIn(name: string): ProductType | null {
  const text = name.toLowerCase();
  for (const [type, pattern] of RULES) if (pattern.test(text)) return type;
  return null;
}

/**
 * The product type from what the page calls the product: its category path first, most specific
 * crumb first (the shop's own filing is the strongest signal), then its category words, then its
 * title. Null when nothing names a type.
 */
export function productTypeOf(names: {
  breadcrumbs: readonly string[];
  category: string | null;
  title: string | null;
}): ProductType | null {
  const sources = [...[...names.breadcrumbs].reverse(), names.category ?? '', names.title ?? ''];
  for (const source of sources) {
    const type = source ? productTypeIn(source) : null;
    if (type) return type;
  }
  return null;
}
