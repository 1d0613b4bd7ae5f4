/** One short suggestion shown in the badge. */
export interface Nudge {
  /** The sentence shown to the owner (plain text, never HTML). */
  text: string;
  /** 'warn' when publishing would push the mix over target; 'info' otherwise. */
  tone: 'info' | 'warn' | 'praise';
  /** The 30-day promo share (0..1) if this draft were published as labelled, when it is salesy. */
  projectedShare?: number;
}
