import { afterEach, beforeEach } from 'vitest';

/** Scroll boxes of the virtualized lists and the viewer: the only elements given a size here. */
const SCROLLERS = ['grid-scroll', 'viewer-pages'];
const scroller = (el: Element) => SCROLLERS.some((c) => el.classList.contains(c));

/**
 * jsdom lays nothing out, so a virtualized list would show no rows. This gives the scroll boxes a
 * size and makes scrollTo move them (with the scroll event a browser sends), for every test in
 * the file that calls it.
 */
export function withLayout(height = 600, width = 960): void {
  beforeEach(() => {
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
      configurable: true,
      get(this: HTMLElement) {
        return scroller(this) ? height : 0;
      },
    });
    Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
      configurable: true,
      get(this: HTMLElement) {
        return scroller(this) ? width : 0;
      },
    });
    Object.defineProperty(HTMLElement.prototype, 'scrollTo', {
      configurable: true,
      value(this: HTMLElement, options: ScrollToOptions) {
        this.scrollTop = options.top ?? this.scrollTop;
        // A browser sends the scroll event later, never from inside the call.
        queueMicrotask(() => this.dispatchEvent(new Event('scroll')));
      },
    });
  });
  afterEach(() => {
    for (const name of ['clientHeight', 'clientWidth', 'scrollTo']) Reflect.deleteProperty(HTMLElement.prototype, name);
  });
}

/** Scrolls a list's box as a person would, by `top` pixels from its start. */
export function scrollBox(box: Element, top: number): void {
  box.scrollTop = top;
  box.dispatchEvent(new Event('scroll'));
}
