/** One human-readable line per call. The caller decides where it goes (console, pino, a test spy). */
export type Log = (message: string) => void;
