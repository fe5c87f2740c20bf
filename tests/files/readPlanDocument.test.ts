import { encodeLegacy } from '../../src/domain/parse/legacyEncoding';
import { UserError } from '../../src/domain/userError';
import { parsePlanText } from '../../src/domain/parse/parsePlanText';
import { readPlanDocument } from '../../src/files/readPlanDocument';
import { makeDocx } from '../support/docx';

/** Windows-1252 bytes of a string whose characters all have one (as a TCVN3/VNI .txt is saved). */
function cp1252(s: string): Uint8Array {
  const table = new Map<string, number>();
  const decoder = new TextDecoder('windows-1252');
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  return Uint8Array.from([...s].map((c) => table.get(c) ?? 0x3f));
}

const PLAN = 'Số: 02/KH-CĐCS\nKẾ HOẠCH công tác công đoàn năm 2026\nII. CHỈ TIÊU\n- Kết nạp mới: tăng thêm 12 đoàn viên.\n';

describe('readPlanDocument', () => {
  it.each(['tcvn3', 'vni'] as const)('reads a %s text saved in the Windows code page, and the parser converts it', async (enc) => {
    const p = parsePlanText(await readPlanDocument('cu.txt', cp1252(encodeLegacy(PLAN, enc))));
    expect(p.info.convertedFrom).toBe(enc);
    expect(p.targets.map((t) => t.value)).toEqual([12]);
  });
  it('still refuses a text that is neither UTF-8 nor legacy Vietnamese', async () => {
    await expect(readPlanDocument('la.txt', Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0xe9]))).rejects.toThrow(UserError);
  });
  it('asks to save an old .doc as .docx where nothing can convert it', async () => {
    const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
    await expect(readPlanDocument('cu.doc', ole)).rejects.toMatchObject({ code: 'doc-legacy', vi: expect.stringContaining('.docx') });
  });
  it('converts a .doc with the converter it is given, and reads a .docx named .doc as what it is', async () => {
    const docx = await makeDocx(['KẾ HOẠCH năm 2026', 'II. CHỈ TIÊU', { bullet: 'Kết nạp mới: tăng thêm 12 đoàn viên.' }]);
    const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
    const seen: string[] = [];
    const text = await readPlanDocument('cu.doc', ole, { convertDoc: async (name) => { seen.push(name); return docx; } });
    expect(seen).toEqual(['cu.doc']);
    expect(text).toContain('tăng thêm 12 đoàn viên');
    expect(await readPlanDocument('doi-ten.doc', docx)).toContain('tăng thêm 12 đoàn viên');
  });
});
