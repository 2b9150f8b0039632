// Tracks IME composition (Unikey, EVKey, ibus-bamboo with Telex/VNI) for the
// whole document. While a Vietnamese letter is being composed the keys the
// user presses belong to the input method: no shortcut may act on them and
// no autosave may store the half-composed text.

/**
 * A key event this soon after compositionend is the key that ended the
 * composition. WebKitGTK with ibus-unikey delivers an Enter or Tab that ends
 * a composition as the commit (compositionend) and then the same key again
 * as a plain keydown, no longer marked as composing; a person cannot press
 * another key within this time.
 */
const END_KEY_MS = 40;

class ImeTracker {
  composing = $state(false);
  #endedAt = Number.NEGATIVE_INFINITY;
  /** The field whose composition ended last: the repeated key comes to it. */
  #endedIn: EventTarget | null = null;
  #onEnd = new Set<() => void>();

  constructor() {
    if (typeof document === 'undefined') return;
    // Capture phase: the flag is set before any handler of the target runs.
    document.addEventListener('compositionstart', () => (this.composing = true), true);
    document.addEventListener(
      'compositionend',
      (event) => {
        this.composing = false;
        this.#endedAt = performance.now();
        this.#endedIn = event.target;
        for (const callback of this.#onEnd) callback();
      },
      true,
    );
  }

  /** Runs `callback` after every composition ends; returns the unsubscribe function. */
  onCompositionEnd(callback: () => void): () => void {
    this.#onEnd.add(callback);
    return () => this.#onEnd.delete(callback);
  }

  /** True right after a composition ended in `target` (see END_KEY_MS). */
  justEnded(target: EventTarget | null): boolean {
    return target === this.#endedIn && performance.now() - this.#endedAt < END_KEY_MS;
  }
}

export const ime = new ImeTracker();

/**
 * True when a key event belongs to an input method: the event says so, a
 * composition is open, WebKit reports the IME's placeholder key code 229, or
 * it is the key that just ended a composition ("Ngocj" + Enter: that Enter
 * commits "Ngọc" and does nothing else).
 */
export function isComposing(event: KeyboardEvent): boolean {
  return event.isComposing || ime.composing || event.keyCode === 229 || ime.justEnded(event.target);
}

/** For forms: the Enter that confirms a composed letter must not submit. */
export function blockComposingEnter(event: KeyboardEvent): void {
  if (event.key === 'Enter' && isComposing(event)) event.preventDefault();
}
