// Autosave without a Save button: every change is stored at most a second
// after it is made, however steadily the user types; saves never overlap, and
// the status tells the truth — "Đã lưu lúc …" only once the backend holds
// exactly what is on screen.
//
// Change detection is a revision counter, not a comparison of serialised
// records: `watch()` (called inside an effect) follows every field of the
// value without copying it, a change bumps the revision, and the value is
// serialised once per save, not once per keystroke.
import { untrack } from 'svelte';
import { toApiError } from '../api';
import { ime } from './ime.svelte';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

/** What a status line needs to know about a saver. */
export interface SaveView {
  readonly state: SaveState;
  readonly error: string;
  /** Wall-clock time of the last successful save, "20:14:05". */
  readonly savedAt: string;
}

/** Debounce after the last keystroke. */
export const AUTOSAVE_DELAY_MS = 300;
/** The bound: a change is stored at most this long after it is made, even while typing goes on. */
export const AUTOSAVE_MAX_WAIT_MS = 1000;
/** After a failure, try again even if the user types nothing more. */
export const AUTOSAVE_RETRY_MS = 3000;

const live = new Set<{ flush(): Promise<void>; readonly pending: boolean; readonly error: string }>();

/**
 * Calls `onChange` after any later change anywhere in a reactive value,
 * with work proportional to the part that changed: each object or array
 * gets one effect for its own plain fields and one for its children, so a
 * keystroke in one speech re-reads that speech alone. Must run inside an
 * effect (the watchers live as long as it does).
 */
function watchTree(value: object, onChange: () => void): void {
  const fields = value as Record<string, unknown>;
  let ownSeen = false;
  $effect(() => {
    for (const key in fields) void fields[key];
    if (ownSeen) untrack(onChange);
    ownSeen = true;
  });
  let childrenSeen = false;
  $effect(() => {
    if (Array.isArray(value)) void value.length;
    for (const key in fields) {
      const child = fields[key];
      if (child !== null && typeof child === 'object') watchTree(child, onChange);
    }
    if (childrenSeen) untrack(onChange);
    childrenSeen = true;
  });
}

function clockTime(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
}

export class Autosaver<T> implements SaveView {
  state = $state<SaveState>('idle');
  error = $state('');
  savedAt = $state('');

  #read: () => T;
  #write: (value: T) => Promise<void>;
  #delay: number;
  #maxWait: number;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #inFlight: Promise<void> | null = null;
  /** Bumped by every change; `#savedRevision` is the one the backend holds. */
  #revision = 0;
  #savedRevision = 0;
  /** When the oldest change not yet stored was made (ms, `Date.now()`). */
  #firstUnsaved: number | null = null;
  #watching = false;
  #unsubscribe: () => void;

  constructor(
    read: () => T,
    write: (value: T) => Promise<void>,
    delay = AUTOSAVE_DELAY_MS,
    maxWait = AUTOSAVE_MAX_WAIT_MS,
  ) {
    this.#read = read;
    this.#write = write;
    this.#delay = delay;
    this.#maxWait = maxWait;
    // The last keystroke of a composition may arrive just after compositionend:
    // a fresh debounce picks it up.
    this.#unsubscribe = ime.onCompositionEnd(() => {
      if (this.#dirty()) this.#schedule();
    });
    live.add(this);
  }

  /**
   * Call inside an `$effect`: every later change of the value counts as an
   * edit. Cheap: no copy, no serialisation, only the changed part is read.
   */
  watch(): void {
    const value = this.#read();
    if (value !== null && typeof value === 'object') watchTree(value, () => this.changed());
    // Run again: the whole value was replaced.
    if (this.#watching) untrack(() => this.changed());
    this.#watching = true;
  }

  /** Call after any change of the value that `watch()` does not see. */
  changed(): void {
    this.#revision += 1;
    this.#firstUnsaved ??= Date.now();
    this.state = 'saving';
    this.#schedule();
  }

  /** Stores pending changes now (window closing, leaving the screen, exporting). */
  async flush(): Promise<void> {
    this.#clearTimer();
    await this.#save();
  }

  /** True when the screen shows something the backend does not hold yet. */
  get pending(): boolean {
    return this.#dirty() || this.#inFlight !== null;
  }

  dispose(): void {
    this.#clearTimer();
    this.#unsubscribe();
    live.delete(this);
  }

  #dirty(): boolean {
    return this.#revision !== this.#savedRevision;
  }

  #clearTimer(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }

  /** The debounce, but never later than the bound after the oldest unsaved change. */
  #schedule(delay = this.#delay, bounded = true): void {
    this.#clearTimer();
    const deadline = (this.#firstUnsaved ?? Date.now()) + this.#maxWait;
    const wait = bounded ? Math.max(0, Math.min(delay, deadline - Date.now())) : delay;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      // Even mid-composition: a stored half-word is corrected by the next
      // save; a word never stored is lost on a crash. Saving never writes
      // into the field, so the input method is not disturbed.
      void this.#save();
    }, wait);
  }

  async #save(): Promise<void> {
    while (this.#inFlight) await this.#inFlight;
    if (!this.#dirty()) {
      if (this.state === 'saving') this.state = 'saved';
      return;
    }
    this.state = 'saving';
    const revision = this.#revision;
    // Changes made while this save runs start their own bound.
    const since = this.#firstUnsaved;
    this.#firstUnsaved = null;
    const value = $state.snapshot(this.#read()) as T;
    this.#inFlight = this.#write(value).then(
      () => {
        this.#savedRevision = revision;
        this.savedAt = clockTime(new Date());
        this.error = '';
      },
      (thrown: unknown) => {
        this.error = toApiError(thrown).message;
        this.#firstUnsaved = since;
      },
    );
    await this.#inFlight;
    this.#inFlight = null;
    if (this.error) {
      // The text stays on screen; the status says why it is not stored.
      this.state = 'error';
      if (this.#timer === null) this.#schedule(AUTOSAVE_RETRY_MS, false);
    } else if (this.#dirty()) {
      this.#schedule();
    } else {
      this.state = 'saved';
    }
  }
}

/** Stores every pending change of every open screen. */
export async function flushAll(): Promise<void> {
  await Promise.all([...live].map((saver) => saver.flush()));
}

/** After `flushAll`: the first reason a change could not be stored, if any. */
export function unsavedError(): string | null {
  for (const saver of live) if (saver.pending) return saver.error || null;
  return null;
}
