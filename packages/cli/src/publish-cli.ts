/** `outcome-kit publish`: being built. */
export async function main(_argv: string[]): Promise<number> {
  console.error('outcome-kit publish: not built yet');
  return 1;
}
