import fc from 'fast-check';
import { convertLegacyText, decodeLegacy, detectLegacyEncoding, encodeLegacy } from '../../../src/domain/parse/legacyEncoding';

/**
 * The converter's tables are checked against the encodings written another way: TCVN3 as the
 * standard's code chart (letter → byte), VNI as its typing rule (base letter + one mark per tone).
 */
const TCVN3_CHART = 'ăA8 âA9 êAA ôAB ơAC ưAD đAE àB5 ảB6 ãB7 áB8 ạB9 ằBB ẳBC ẵBD ắBE ặC6 ầC7 ẩC8 ẫC9 ấCA ậCB èCC ẻCE ẽCF éD0 ẹD1 ềD2 ểD3 ễD4 ếD5 ệD6 ìD7 ỉD8 ĩDC íDD ịDE òDF ỏE1 õE2 óE3 ọE4 ồE5 ổE6 ỗE7 ốE8 ộE9 ờEA ởEB ỡEC ớED ợEE ùEF ủF1 ũF2 úF3 ụF4 ừF5 ửF6 ữF7 ứF8 ựF9 ỳFA ỷFB ỹFC ýFD ỵFE ĂA1 ÂA2 ÊA3 ÔA4 ƠA5 ƯA6 ĐA7'
  .split(' ').map((x) => [x[0], String.fromCharCode(parseInt(x.slice(1), 16))] as const);

const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323']; // none, huyền, sắc, hỏi, ngã, nặng
/** VNI: the tone marks after a, e, o, u, y; after â/ê/ô and ă the marks differ; i and ỵ are one character. */
const VNI_MARKS = ['', 'ø', 'ù', 'û', 'õ', 'ï'];
const VNI_HAT_MARKS = ['â', 'à', 'á', 'å', 'ã', 'ä'];
const VNI_BREVE_MARKS = ['ê', 'è', 'é', 'ú', 'ü', 'ë'];
function vniSpelling(base: string, tone: number): string {
  if (base === 'i') return ['i', 'ì', 'í', 'æ', 'ó', 'ò'][tone];
  if (base === 'y' && tone === 5) return 'î';
  if (base === 'â' || base === 'ê' || base === 'ô') return ({ 'â': 'a', 'ê': 'e', 'ô': 'o' } as Record<string, string>)[base] + VNI_HAT_MARKS[tone];
  if (base === 'ă') return `a${VNI_BREVE_MARKS[tone]}`;
  if (base === 'ơ') return `ô${VNI_MARKS[tone]}`;
  if (base === 'ư') return `ö${VNI_MARKS[tone]}`;
  return base + VNI_MARKS[tone];
}
const BASES = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const letter = (base: string, tone: number) => (base + TONES[tone]).normalize('NFC');
const ALL_LOWER = BASES.flatMap((b) => TONES.map((_t, i) => letter(b, i))).concat('đ');

describe('TCVN3 (ABC) letter by letter', () => {
  it.each(TCVN3_CHART)('%s ↔ its code', (uni, code) => {
    expect(encodeLegacy(uni, 'tcvn3')).toBe(code);
    expect(decodeLegacy(code, 'tcvn3')).toBe(uni);
  });
  it('covers every lower-case letter with every tone, and the untoned capitals', () => {
    for (const l of ALL_LOWER.filter((x) => !/[aeiouy]/.test(x))) expect(TCVN3_CHART.some(([u]) => u === l)).toBe(true);
  });
  it('stores a toned capital with the lower-case code and raises it again inside a word in capitals', () => {
    expect(encodeLegacy('Ế', 'tcvn3')).toBe(encodeLegacy('ế', 'tcvn3'));
    expect(decodeLegacy(encodeLegacy('KẾ HOẠCH CÔNG TÁC NĂM 2026', 'tcvn3'), 'tcvn3')).toBe('KẾ HOẠCH CÔNG TÁC NĂM 2026');
    expect(decodeLegacy(encodeLegacy('Kế hoạch của BCH', 'tcvn3'), 'tcvn3')).toBe('Kế hoạch của BCH');
  });
  it('reads real TCVN3 text', () => {
    expect(decodeLegacy('KÕ ho¹ch c«ng t¸c c«ng ®oµn n¨m 2026', 'tcvn3')).toBe('Kế hoạch công tác công đoàn năm 2026');
    expect(decodeLegacy('Ph¸t triÓn ®oµn viªn míi: t¨ng thªm 85 ®oµn viªn', 'tcvn3')).toBe('Phát triển đoàn viên mới: tăng thêm 85 đoàn viên');
  });
});

describe('VNI letter by letter', () => {
  const cases = BASES.flatMap((b) => TONES.map((_t, i) => [letter(b, i), vniSpelling(b, i)] as const)).filter(([u, v]) => u !== v);
  it.each(cases)('%s ↔ %s', (uni, spelled) => {
    expect(encodeLegacy(uni, 'vni')).toBe(spelled);
    expect(decodeLegacy(spelled, 'vni')).toBe(uni);
    expect(encodeLegacy(uni.toUpperCase(), 'vni')).toBe(spelled.toUpperCase());
    expect(decodeLegacy(spelled.toUpperCase(), 'vni')).toBe(uni.toUpperCase());
  });
  it('spells đ and Đ', () => {
    expect(encodeLegacy('đĐ', 'vni')).toBe('ñÑ');
    expect(decodeLegacy('ñÑ', 'vni')).toBe('đĐ');
  });
  it('reads real VNI text', () => {
    expect(decodeLegacy('Coâng ñoaøn cô sôû tröôøng hoïc', 'vni')).toBe('Công đoàn cơ sở trường học');
  });
});

describe('round trips', () => {
  const vietnamese = fc.array(fc.constantFrom(...ALL_LOWER, ...ALL_LOWER.map((l) => l.toUpperCase()), ...'bcdghklmnpqrstvx ,.0123456789'), { maxLength: 60 }).map((a) => a.join(''));
  it('Unicode → VNI → Unicode gives the text back', () => {
    fc.assert(fc.property(vietnamese, (s) => expect(decodeLegacy(encodeLegacy(s, 'vni'), 'vni')).toBe(s)), { numRuns: 2000 });
  });
  it('Unicode → TCVN3 → Unicode gives the text back, toned capitals in lower case as the encoding stores them', () => {
    const lower = vietnamese.map((s) => s.toLowerCase());
    fc.assert(fc.property(lower, (s) => expect(decodeLegacy(encodeLegacy(s, 'tcvn3'), 'tcvn3')).toBe(s)), { numRuns: 2000 });
    fc.assert(fc.property(vietnamese, (s) => expect(decodeLegacy(encodeLegacy(s, 'tcvn3'), 'tcvn3').toLowerCase()).toBe(s.toLowerCase())), { numRuns: 2000 });
  });
});

describe('convertLegacyText', () => {
  const plan = 'Kế hoạch công tác công đoàn năm 2026\nPhát triển đoàn viên mới: tăng thêm 85 đoàn viên.\nTổ chức hội thao chào mừng ngày 26/3.';
  it.each(['tcvn3', 'vni'] as const)('finds and converts a whole %s document, saying which lines', (enc) => {
    const r = convertLegacyText(encodeLegacy(plan, enc));
    expect(r).toEqual({ text: plan, encoding: enc, converted: [1, 2, 3], mixed: [] });
  });
  it('leaves Unicode text alone, look-alikes and all', () => {
    const text = `${plan}\nÐoàn viên × 2, © Công đoàn`;
    expect(convertLegacyText(text)).toEqual({ text, encoding: null, converted: [], mixed: [] });
    expect(detectLegacyEncoding('Ban Tuyên giáo')).toBeNull();
  });
  it('converts only the legacy lines of a document pasted from old and new files', () => {
    const lines = plan.split('\n');
    const pasted = [lines[0], encodeLegacy(lines[1], 'tcvn3'), encodeLegacy(lines[2], 'tcvn3'), encodeLegacy(lines[1], 'tcvn3')].join('\n');
    expect(convertLegacyText(pasted)).toMatchObject({ text: [lines[0], lines[1], lines[2], lines[1]].join('\n'), converted: [2, 3, 4] });
  });
  it('reports a line that mixes both inside itself', () => {
    const line = `${encodeLegacy('Phát triển đoàn viên mới tăng thêm', 'tcvn3')} đoàn viên ở các tổ`;
    const r = convertLegacyText([encodeLegacy(plan, 'tcvn3'), line].join('\n'));
    expect(r.mixed).toEqual([4]);
  });
});
