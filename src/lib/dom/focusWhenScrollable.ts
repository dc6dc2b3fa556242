/**
 * A Svelte action for a box that may scroll (a wide table on a phone): while its content overflows
 * it is a Tab stop, so it can be scrolled from the keyboard; otherwise it is not.
 */
export function focusWhenScrollable(node: HTMLElement): { destroy: () => void } {
  const update = (): void => {
    const scrolls =
      node.scrollWidth > node.clientWidth + 1 || node.scrollHeight > node.clientHeight + 1;
    if (scrolls) node.setAttribute('tabindex', '0');
    else node.removeAttribute('tabindex');
  };
  const observer = new ResizeObserver(update);
  observer.observe(node);
  // The content changes size with its rows; the box does not.
  for (const child of node.children) observer.observe(child);
  update();
  return { destroy: () => observer.disconnect() };
}
