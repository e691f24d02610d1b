/** Clears one refused change from the list the person sees (and from storage), once read. */
export type DismissRefused = (opId: string) => void;

let current: DismissRefused | null = null;

/** Set by the live session connection while a session is open. */
export function setDismissRefused(fn: DismissRefused | null): void {
  current = fn;
}

export function dismissRefusedChange(opId: string): void {
  current?.(opId);
}
