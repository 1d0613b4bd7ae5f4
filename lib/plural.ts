/** "1 post", "3 posts": counts in the owner's messages read as English, never "1 posts". */
export const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
