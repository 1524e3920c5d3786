// Every text that reaches the page goes through textContent or setAttribute: nothing from the data
// is ever parsed as HTML, so a summary holding markup shows as that markup, inert.

type Child = Node | string | null | undefined | false;

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * An HTML element with attributes and children; strings become text nodes.
 *
 * @example
 * el('p', { class: 'summary' }, event.summary); // the summary as text, whatever it holds
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  append(node, children);
  return node;
}

/**
 * An SVG element with attributes and children; strings become text nodes.
 *
 * @example
 * svg('rect', { x: '0', y: '0', width: '10', height: '10' }, svg('title', {}, 'a segment'));
 */
export function svg(tag: string, attributes: Record<string, string | number> = {}, ...children: Child[]): SVGElement {
  const node = document.createElementNS(SVG_NS, tag) as SVGElement;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  append(node, children);
  return node;
}

/**
 * Replaces an element's children.
 *
 * @example
 * replaceChildren(panel, el('p', {}, 'Nothing selected.'));
 */
export function replaceChildren(node: Element, ...children: Child[]): void {
  node.textContent = '';
  append(node, children);
}

/**
 * The element with this id, which the page's markup must hold.
 *
 * @throws {Error} when it is missing.
 * @example
 * const table = byId('matrix');
 */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (node === null) throw new Error(`the report page has no #${id}`);
  return node as T;
}

function append(node: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}
