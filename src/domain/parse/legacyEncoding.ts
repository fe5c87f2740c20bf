/**
 * Old documents typed with TCVN3 (ABC, ".VnTime" fonts) or VNI ("VNI-Times") fonts store their
 * Vietnamese letters in Latin-1 code points: read as Unicode, "Công đoàn" shows as "C«ng ®oµn"
 * (TCVN3) or "Coâng ñoaøn" (VNI). Both are converted back letter by letter from one table each.
 *
 * TCVN3 gives every lower-case letter one code, and only the seven capitals without a tone
 * (Ă Â Đ Ê Ô Ơ Ư) codes of their own: a heading in capitals was typed in the ".VnTimeH" font with the
 * lower-case codes, so a word whose plain letters are all capitals is given back in capitals.
 * VNI writes a letter as its base letter followed by one or two mark characters ("ế" = "eá").
 */
export type LegacyEncoding = 'tcvn3' | 'vni';

/** The twelve vowels and "đ", each with its six tones: none, huyền, sắc, hỏi, ngã, nặng. */
const VOWELS: readonly string[] = [
  'aàáảãạ', 'ăằắẳẵặ', 'âầấẩẫậ', 'eèéẻẽẹ', 'êềếểễệ', 'iìíỉĩị',
  'oòóỏõọ', 'ôồốổỗộ', 'ơờớởỡợ', 'uùúủũụ', 'ưừứửữự', 'yỳýỷỹỵ',
];

/** TCVN3 codes of the lower-case vowels, in the order of VOWELS (0xAD, a soft hyphen, is "ư"). */
const TCVN3_VOWELS: readonly string[] = [
  'aµ¸¶·¹', '¨»¾¼½Æ', '©ÇÊÈÉË', 'eÌÐÎÏÑ', 'ªÒÕÓÔÖ', 'i×ÝØÜÞ',
  'oßãáâä', '«åèæçé', '¬êíëìî', 'uïóñòô', '\u00ADõøö÷ù', 'yúýûüþ',
];
const TCVN3_OTHERS: Record<string, string> = { 'đ': '®', 'Ă': '¡', 'Â': '¢', 'Đ': '§', 'Ê': '£', 'Ô': '¤', 'Ơ': '¥', 'Ư': '¦' };

/** VNI spellings of the lower-case vowels: the base letter, then the marks. */
const VNI_VOWELS: readonly (readonly string[])[] = [
  ['a', 'aø', 'aù', 'aû', 'aõ', 'aï'], ['aê', 'aè', 'aé', 'aú', 'aü', 'aë'], ['aâ', 'aà', 'aá', 'aå', 'aã', 'aä'],
  ['e', 'eø', 'eù', 'eû', 'eõ', 'eï'], ['eâ', 'eà', 'eá', 'eå', 'eã', 'eä'], ['i', 'ì', 'í', 'æ', 'ó', 'ò'],
  ['o', 'oø', 'où', 'oû', 'oõ', 'oï'], ['oâ', 'oà', 'oá', 'oå', 'oã', 'oä'], ['ô', 'ôø', 'ôù', 'ôû', 'ôõ', 'ôï'],
  ['u', 'uø', 'uù', 'uû', 'uõ', 'uï'], ['ö', 'öø', 'öù', 'öû', 'öõ', 'öï'], ['y', 'yø', 'yù', 'yû', 'yõ', 'î'],
];

interface Table {
  encode: Map<string, string>;
  decode: Map<string, string>;
  /** The longest legacy spelling of one letter (1 for TCVN3, 2 for VNI). */
  longest: number;
}

function table(pairs: readonly (readonly [string, string])[]): Table {
  const encode = new Map<string, string>();
  const decode = new Map<string, string>();
  for (const [uni, legacy] of pairs) {
    // A letter spelled as itself ("a", TCVN3's "ý") still claims its spelling against later pairs.
    if (uni !== legacy && !encode.has(uni)) encode.set(uni, legacy);
    if (!decode.has(legacy)) decode.set(legacy, uni);
  }
  return { encode, decode, longest: Math.max(...[...decode.keys()].map((k) => k.length)) };
}

const TCVN3 = table([
  ...VOWELS.flatMap((v, i) => [...v].map((letter, t) => [letter, TCVN3_VOWELS[i][t]] as const)),
  ...Object.entries(TCVN3_OTHERS),
  // Capitals with a tone have no code: they take the lower-case letter's (decoded back in lower case).
  ...VOWELS.flatMap((v, i) => [...v].slice(1).map((letter, t) => [letter.toUpperCase(), TCVN3_VOWELS[i][t + 1]] as const)),
]);

const VNI = table([
  ...VOWELS.flatMap((v, i) => [...v].flatMap((letter, t) => [[letter, VNI_VOWELS[i][t]], [letter.toUpperCase(), VNI_VOWELS[i][t].toUpperCase()]] as const)),
  ['đ', 'ñ'], ['Đ', 'Ñ'],
]);

const TABLES: Record<LegacyEncoding, Table> = { tcvn3: TCVN3, vni: VNI };

/** Unicode → legacy: what a legacy font would have stored. Letters outside Vietnamese pass through. */
export function encodeLegacy(text: string, encoding: LegacyEncoding): string {
  const { encode } = TABLES[encoding];
  let out = '';
  for (const ch of text.normalize('NFC')) out += encode.get(ch) ?? ch;
  return out;
}

/** Legacy → Unicode, longest spelling first ("ôù" is "ớ", "ô" alone "ơ"). */
export function decodeLegacy(text: string, encoding: LegacyEncoding): string {
  const { decode, longest } = TABLES[encoding];
  let out = '';
  for (let i = 0; i < text.length; ) {
    let hit = false;
    for (let n = Math.min(longest, text.length - i); n >= 1 && !hit; n--) {
      const letter = decode.get(text.slice(i, i + n));
      if (letter !== undefined) {
        out += letter;
        i += n;
        hit = true;
      }
    }
    if (!hit) out += text[i++];
  }
  return encoding === 'tcvn3' ? restoreCapitals(out) : out;
}

/**
 * TCVN3 headings typed in the capitals font come back as "KẾ HOẠCH" only if the toned letters are
 * raised again: a line whose plain letters are capitals is raised whole, and so is a word of two or
 * more capitals and no lower-case plain letter ("HOạCH").
 */
function restoreCapitals(line: string): string {
  const upper = (line.match(/[A-Z]/g) ?? []).length;
  const lower = (line.match(/[a-z]/g) ?? []).length;
  if (upper >= 2 && upper >= 4 * lower) return line.toUpperCase();
  return line.replace(/[\p{L}]+/gu, (w) => ((w.match(/[A-Z]/g) ?? []).length >= 2 && !/[a-z]/.test(w) ? w.toUpperCase() : w));
}

/** Letters only Unicode Vietnamese has (outside Latin-1): a line holding one is not legacy text. */
const UNICODE_ONLY = /[ăĂđĐĩĨũŨơƠưƯ\u1EA0-\u1EF9]/;
/** TCVN3 codes that are not Vietnamese Latin-1 letters: a line holding one is TCVN3 text. */
const TCVN3_EVIDENCE = /[¡¢£¤¥¦§¨©ª«¬®µ¶·¸¹»¼½¾ÆÇËÎÏÑÖ×ØÜÞßäåæçëîïñöø÷ûüþ]/g;
/** TCVN3 codes VNI never writes (đ, ă, â, ê, ô, ơ, ư, à, á…): they tell the two encodings apart. */
const TCVN3_DISTINCT = /[¡¢£¤¥¦§¨©ª«¬®µ¶·¸¹»¼½¾Ç×Þßçþ÷]/g;
/** VNI marks after a letter, and its one-character letters, that Vietnamese Unicode text never has. */
const VNI_EVIDENCE = /[A-Za-z][øûïåäëüØÛÏÅÄËÜ]|[ñÑöÖæÆîÎ]/g;
const EVIDENCE: Record<LegacyEncoding, RegExp> = { tcvn3: TCVN3_EVIDENCE, vni: VNI_EVIDENCE };

function count(re: RegExp, s: string): number {
  return (s.match(re) ?? []).length;
}

export interface LegacyRead {
  /** The text in Unicode (unchanged when no line was legacy). */
  text: string;
  encoding: LegacyEncoding | null;
  /** Lines (1-based) converted. */
  converted: number[];
  /** Lines holding both Unicode Vietnamese and legacy letters, which no table can repair. */
  mixed: number[];
}

/**
 * Finds the document's legacy encoding and converts the lines typed in it. In a document with no
 * Unicode Vietnamese at all every line is converted; in one pasted together from old and new files
 * only the lines showing legacy characters are, so the Unicode lines stay as they are. A line that
 * mixes the two inside itself is kept as it is and reported.
 */
export function convertLegacyText(text: string, minLetters = 20): LegacyRead {
  const encoding = detectLegacyEncoding(text, minLetters);
  if (!encoding) return { text, encoding: null, converted: [], mixed: [] };
  const pure = !UNICODE_ONLY.test(text);
  const evidence = EVIDENCE[encoding];
  const converted: number[] = [];
  const mixed: number[] = [];
  const lines = text.split('\n').map((line, i) => {
    const legacy = count(evidence, line);
    if (UNICODE_ONLY.test(line)) {
      if (legacy >= 3) mixed.push(i + 1);
      return line;
    }
    if (legacy === 0 && !(pure && /[^\x00-\x7F]/.test(line))) return line;
    const decoded = decodeLegacy(line, encoding);
    if (decoded !== line) converted.push(i + 1);
    return decoded;
  });
  return { text: lines.join('\n'), encoding, converted, mixed };
}

/**
 * The encoding a text (or a cell) is typed in, judged on its legacy-only characters against its
 * Unicode-only letters; null for Unicode text and for text too short to tell.
 */
export function detectLegacyEncoding(text: string, minLetters = 20): LegacyEncoding | null {
  const sample = text.slice(0, 50_000);
  const letters = count(/\p{L}/gu, sample);
  if (letters < minLetters) return null;
  const tcvn = count(TCVN3_DISTINCT, sample);
  const vni = count(VNI_EVIDENCE, sample);
  const unicode = count(new RegExp(UNICODE_ONLY.source, 'g'), sample);
  // A few look-alikes ("Ð" for "Đ", "×", "©") do not make a legacy text.
  const legacy = Math.max(tcvn, vni);
  if (legacy < 3 || legacy / letters < 0.02 || unicode > 2 * legacy) return null;
  // TCVN3 text also holds some of VNI's characters (ñ is "ủ" there), VNI text none of TCVN3's.
  return tcvn >= 3 && 4 * tcvn >= vni ? 'tcvn3' : 'vni';
}
