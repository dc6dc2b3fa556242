/** What a chart's mark links to: the address, its spoken name, and what a click or Enter does. */
export interface MarkLink {
  href: string;
  /** Says what the mark is (the anomalies of one report) and where it leads. */
  label: string;
  open: () => void;
}
