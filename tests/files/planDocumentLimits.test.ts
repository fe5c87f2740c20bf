import { documentBytesLimit, PLAN_TEXT_LIMITS, readPlanDocument } from '../../src/files/readPlanDocument';
import { ZIP_LIMITS } from '../../src/files/zipGuard';
import { makeDocx } from '../support/docx';

/**
 * Size limits on plan documents (issue #17), like those on workbooks: a text is measured before it
 * is decoded, and any document's text before it is parsed (the pane reads files itself, so the limits
 * hold there too, not only in the CLI).
 */
// Alone each test takes 0.1–5 s; on a busy 2-core machine several times that.
jest.setTimeout(30_000);

const encode = (s: string) => new TextEncoder().encode(s);

it('reads a plan-sized text', async () => {
  expect(await readPlanDocument('ke-hoach.txt', encode('KẾ HOẠCH\nNăm 2026\n'))).toBe('KẾ HOẠCH\nNăm 2026\n');
});

it('refuses a text over the byte limit before decoding it, saying how big it is', async () => {
  const big = new Uint8Array(PLAN_TEXT_LIMITS.bytes + 1).fill(0x61);
  await expect(readPlanDocument('to.txt', big)).rejects.toMatchObject({ code: 'document-too-large', vi: expect.stringContaining('"to.txt" nặng 2+ MB, quá giới hạn 2 MB: không giống một văn bản kế hoạch'), where: { file: 'to.txt' } });
});

it('refuses a text of too many lines, however short they are', async () => {
  const lines = encode('-\n'.repeat(PLAN_TEXT_LIMITS.lines));
  await expect(readPlanDocument('dai.txt', lines)).rejects.toMatchObject({ code: 'document-too-large', vi: expect.stringContaining(`có hơn ${PLAN_TEXT_LIMITS.lines.toLocaleString('vi-VN')} dòng`) });
  expect(await readPlanDocument('vua.txt', encode('-\n'.repeat(PLAN_TEXT_LIMITS.lines - 1)))).toHaveLength(2 * (PLAN_TEXT_LIMITS.lines - 1));
});

it('applies the line limit to the text of a .docx', async () => {
  const docx = await makeDocx(Array.from({ length: PLAN_TEXT_LIMITS.lines + 1 }, (_x, i) => `Dòng ${i}`));
  await expect(readPlanDocument('dai.docx', docx)).rejects.toMatchObject({ code: 'document-too-large' });
});

it('knows each kind\'s byte limit before the file is read', () => {
  expect(documentBytesLimit('a.TXT')).toBe(PLAN_TEXT_LIMITS.bytes);
  expect(documentBytesLimit('a.md')).toBe(PLAN_TEXT_LIMITS.bytes);
  expect(documentBytesLimit('a.docx')).toBe(ZIP_LIMITS.fileBytes);
});
