/** Keys are pasted or typed character by character: the field itself (not its label) is monospace. */
export const MONO_INPUT = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } };
