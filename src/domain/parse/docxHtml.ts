/*
 * mammoth turns a .docx into simple HTML. Its raw-text mode drops Word's automatic numbering and
 * bullets, which carry the plan's structure ("2.1.", "- "), so the HTML is read instead and lists are
 * written back as the text a typist would have typed.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

export function htmlToPlanText(html: string): string {
  const out: string[] = [];
  const lists: { ordered: boolean; n: number }[] = [];
  let line = '';
  const flush = () => {
    const t = decode(line).replace(/\s+/g, ' ').trim();
    if (t) out.push(t);
    line = '';
  };
  for (const m of html.matchAll(/<(\/?)([a-z0-9]+)[^>]*>|([^<]+)/gi)) {
    if (m[3] !== undefined) {
      line += m[3];
      continue;
    }
    const closing = m[1] === '/';
    const tag = m[2].toLowerCase();
    if (tag === 'ol' || tag === 'ul') {
      flush();
      if (closing) lists.pop();
      else lists.push({ ordered: tag === 'ol', n: 0 });
    } else if (tag === 'li' && !closing) {
      flush();
      const top = lists[lists.length - 1];
      if (top) {
        top.n++;
        line = top.ordered ? `${lists.filter((l) => l.ordered).map((l) => l.n).join('.')}. ` : '- ';
      }
    } else if (tag === 'br') {
      flush();
    } else if (/^(p|h[1-6]|li|tr|table)$/.test(tag)) {
      flush();
    } else if (tag === 'td' && closing) {
      line += ' | ';
    }
  }
  flush();
  return out.join('\n');
}
