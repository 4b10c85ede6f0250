/** An error fails `npm run check` and the build; a warning is reported and publishes. */
export type Severity = 'error' | 'warning';

/** Text a user reads: fixed, or made from the diagnostic's arguments. */
type Text<A> = string | ((args: A) => string);

/**
 * One kind of problem, declared once: what the reference page calls it, how serious it is, what a
 * user is told and what they should do. `A` is the arguments its message and fix are made from;
 * `example` is a set of them, so the reference page can show a message as users see it.
 */
export interface Rule<A> {
  title: string;
  severity: Severity;
  message: Text<A>;
  // NoInfer: the arguments' type comes from the message alone, so a fix can leave them untyped.
  fix: Text<NoInfer<A>>;
  example: NoInfer<A>;
}

/** A rule as the catalogue holds it: with its stable code and the area it belongs to. */
export type Entry<A> = Rule<A> & { code: string; area: string };

/** Declares a rule; TypeScript takes the type of its arguments from its message. */
export const rule = <A = unknown>(declared: Rule<A>): Rule<A> => declared;

/** The rules of one area, each given its key as its code (codes never change once published). */
// The constraint names no arguments' type: one would flow back into each rule() and fix it there.
export function area<const T extends Record<string, Pick<Rule<never>, 'title' | 'severity'>>>(
  name: string,
  rules: T,
): { [K in keyof T & string]: T[K] & { code: K; area: string } } {
  return Object.fromEntries(
    Object.entries(rules).map(([code, declared]) => [code, { ...declared, code, area: name }]),
  ) as { [K in keyof T & string]: T[K] & { code: K; area: string } };
}

/** A rule's message or fix for the given arguments. */
export const textOf = <A>(text: Text<A>, args: A): string =>
  typeof text === 'function' ? text(args) : text;
