// The in-app confirmation: `askConfirm` opens the one ConfirmDialog (mounted
// in App.svelte) and resolves true or false. `window.confirm` shows nothing
// in the app's WebView (WebKitGTK) and returns at once, so it is never used.

export interface ConfirmRequest {
  title: string;
  message: string;
  confirmLabel: string;
  cancelLabel: string;
  /** The confirm button deletes or discards something: shown in red. */
  destructive?: boolean;
}

interface Pending extends ConfirmRequest {
  resolve: (answer: boolean) => void;
}

class ConfirmState {
  current = $state<Pending | null>(null);

  ask(request: ConfirmRequest): Promise<boolean> {
    // One question at a time: a new one cancels the one still open.
    this.answer(false);
    return new Promise((resolve) => {
      this.current = { ...request, resolve };
    });
  }

  answer(yes: boolean): void {
    const pending = this.current;
    if (!pending) return;
    this.current = null;
    pending.resolve(yes);
  }
}

export const confirmState = new ConfirmState();

export function askConfirm(request: ConfirmRequest): Promise<boolean> {
  return confirmState.ask(request);
}
