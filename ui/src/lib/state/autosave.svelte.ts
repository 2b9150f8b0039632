// Autosave without a Save button: every change is stored within half a
// second, saves never overlap, and the status tells the truth — "Đã lưu"
// only once the backend holds exactly what is on screen.
import { toApiError } from '../api';
import { ime } from './ime.svelte';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

/** What a status line needs to know about a saver. */
export interface SaveView {
  readonly state: SaveState;
  readonly error: string;
}


/** Debounce after the last keystroke; with a save's duration stays under 500 ms. */
export const AUTOSAVE_DELAY_MS = 300;
/** After a failure, try again even if the user types nothing more. */
export const AUTOSAVE_RETRY_MS = 3000;

const live = new Set<{ flush(): Promise<void>; readonly pending: boolean; readonly error: string }>();

export class Autosaver<T> implements SaveView {
  state = $state<SaveState>('idle');
  error = $state('');

  #read: () => T;
  #write: (value: T) => Promise<void>;
  #delay: number;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #inFlight: Promise<void> | null = null;
  #lastSaved: string;
  #unsubscribe: () => void;

  constructor(read: () => T, write: (value: T) => Promise<void>, delay = AUTOSAVE_DELAY_MS) {
    this.#read = read;
    this.#write = write;
    this.#delay = delay;
    this.#lastSaved = JSON.stringify(read());
    // The last keystroke of a composition may arrive just after compositionend:
    // a fresh debounce picks it up.
    this.#unsubscribe = ime.onCompositionEnd(() => {
      if (this.#dirty()) this.#schedule(this.#delay);
    });
    live.add(this);
  }

  /** Call after any change of the value; cheap when nothing changed. */
  changed(): void {
    if (!this.#dirty()) {
      if (this.state === 'saving' && !this.#inFlight && !this.#timer) this.state = 'saved';
      return;
    }
    this.state = 'saving';
    this.#schedule(this.#delay);
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
    return JSON.stringify(this.#read()) !== this.#lastSaved;
  }

  #clearTimer(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }

  #schedule(delay: number): void {
    this.#clearTimer();
    this.#timer = setTimeout(() => {
      this.#timer = null;
      // Half-composed text is not what the user means: wait for compositionend.
      if (ime.composing) return;
      void this.#save();
    }, delay);
  }

  async #save(): Promise<void> {
    while (this.#inFlight) await this.#inFlight;
    const json = JSON.stringify(this.#read());
    if (json === this.#lastSaved) {
      if (this.state === 'saving') this.state = 'saved';
      return;
    }
    this.state = 'saving';
    const value = JSON.parse(json) as T;
    this.#inFlight = this.#write(value).then(
      () => {
        this.#lastSaved = json;
        this.error = '';
      },
      (thrown: unknown) => {
        this.error = toApiError(thrown).message;
      },
    );
    await this.#inFlight;
    this.#inFlight = null;
    if (this.error) {
      // The text stays on screen; the status says why it is not stored.
      this.state = 'error';
      if (this.#timer === null) this.#schedule(AUTOSAVE_RETRY_MS);
    } else if (this.#dirty()) {
      this.#schedule(this.#delay);
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
