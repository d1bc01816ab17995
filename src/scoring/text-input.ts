/**
 * Checks on caller text before anything else sees it. Pure; the HTTP layer maps a problem to a 400.
 * Lone surrogates cannot be valid UTF-8 and usually mean a broken client; C0/C1 control characters other than
 * tab, line feed and carriage return have no place in user text and are a common smuggling channel.
 */
export interface TextProblem {
  code: "empty" | "too_long" | "lone_surrogate" | "control_character";
  message: string;
  index?: number;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function checkText(text: string, maxChars: number): TextProblem | null {
  if (text.trim().length === 0) return { code: "empty", message: "text is empty" };
  if (text.length > maxChars)
    return { code: "too_long", message: `text has ${text.length} characters; the limit is ${maxChars}` };
  const s = LONE_SURROGATE.exec(text);
  if (s) return { code: "lone_surrogate", message: `text has an unpaired UTF-16 surrogate at index ${s.index}`, index: s.index };
  const c = CONTROL.exec(text);
  if (c)
    return {
      code: "control_character",
      message: `text has control character U+${c[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")} at index ${c.index}`,
      index: c.index,
    };
  return null;
}
