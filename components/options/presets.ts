/** The custom target's box: what the owner typed, as a share, or undefined when it is not one. */
export function parseCustomPercent(input: string): number | undefined {
  const n = Number(input.trim().replace(/%$/, ''));
  return Number.isInteger(n) && n >= 1 && n <= 100 ? n / 100 : undefined;
}
