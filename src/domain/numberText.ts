/**
 * Numbers as Vietnamese documents write them: "1.234" for a thousand and more, "95,5" with a decimal
 * comma (docs/domain.md#official-format). For text the core writes itself; cells keep real numbers and number formats.
 */
export function viNumber(x: number, decimals = 0): string {
  const fixed = Math.abs(x).toFixed(decimals);
  const [int, frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const trimmed = frac ? frac.replace(/0+$/, '') : '';
  return `${x < 0 && Number(fixed) !== 0 ? '-' : ''}${grouped}${trimmed ? `,${trimmed}` : ''}`;
}

/** "95,5%"; one decimal unless told. */
export function viPercent(x: number, decimals = 1): string {
  return `${viNumber(x, decimals)}%`;
}

/** "94,0": exactly `decimals` digits after the comma, so one report shows one precision throughout. */
export function viFixed(x: number, decimals: number): string {
  const fixed = Math.abs(x).toFixed(decimals);
  const [int, frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${x < 0 && Number(fixed) !== 0 ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}
