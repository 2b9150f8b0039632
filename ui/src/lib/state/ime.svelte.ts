// Tracks IME composition (Unikey, EVKey, ibus-bamboo with Telex/VNI) for the
// whole document. While a Vietnamese letter is being composed the keys the
// user presses belong to the input method: no shortcut may act on them and
// no autosave may store the half-composed text.

class ImeTracker {
  composing = $state(false);
  #onEnd = new Set<() => void>();

  constructor() {
    if (typeof document === 'undefined') return;
    // Capture phase: the flag is set before any handler of the target runs.
    document.addEventListener('compositionstart', () => (this.composing = true), true);
    document.addEventListener(
      'compositionend',
      () => {
        this.composing = false;
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
}

export const ime = new ImeTracker();

/**
 * True when a key event belongs to an input method: the event says so, a
 * composition is open, or WebKit reports the IME's placeholder key code 229.
 */
export function isComposing(event: KeyboardEvent): boolean {
  return event.isComposing || ime.composing || event.keyCode === 229;
}

/** For forms: the Enter that confirms a composed letter must not submit. */
export function blockComposingEnter(event: KeyboardEvent): void {
  if (event.key === 'Enter' && isComposing(event)) event.preventDefault();
}
