/**
 * A Vite plugin that shrinks the Lit templates of our own sources: comments and layout whitespace out of
 * `css` literals, indentation out of `html`/`svg` literals. Literals are found with the bundler's own parser
 * (oxc, through Vite's `parseAst`), so strings, comments, regexes and nested templates around them are never
 * mistaken for template text, and every `${…}` expression is left exactly as written.
 */
import { parseAst, type Plugin } from 'vite';

/** Stands in for an expression while a literal's parts are minified as one text; never in our sources. */
const HOLE = '\u0000';
const OWN_SOURCES = /[\\/](?:displays|shared)[\\/][^?]*\.ts$/;

interface Literal {
  tag: 'css' | 'html' | 'svg';
  /** Offsets of each quasi's raw text in the source. */
  spans: { start: number; end: number }[];
}

/** Minifies every `css`, `html` and `svg` tagged template in a TypeScript or JavaScript module. */
export function minifyLitLiterals(code: string, lang: 'ts' | 'js' = 'ts'): string {
  const literals: Literal[] = [];
  collect(parseAst(code, { lang }), code, literals);
  // Text styled to keep its line breaks must keep them in the template too; styles in other modules are
  // beyond this check, so such a component keeps `white-space: pre…` in its own module.
  const keepsBreaks = /white-space\s*:\s*(?:pre|break-spaces)/.test(code);
  const edits: { start: number; end: number; text: string }[] = [];
  for (const { tag, spans } of literals) {
    if (tag !== 'css' && keepsBreaks) continue;
    const parts = spans.map((s) => code.slice(s.start, s.end));
    const minified = tag === 'css' ? minifyCss(parts) : minifyHtml(parts);
    if (!minified) continue;
    spans.forEach((s, i) => {
      if (minified[i] !== parts[i]) edits.push({ ...s, text: minified[i]! });
    });
  }
  // Apply from the end so earlier offsets stay valid; nested literals never overlap a quasi of their parent.
  edits.sort((a, b) => b.start - a.start);
  let out = code;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

type AstNode = { type?: unknown; [key: string]: unknown };
type Quasi = { start: number; end: number; value: { raw: string } };

function collect(node: unknown, code: string, into: Literal[]): void {
  if (Array.isArray(node)) {
    for (const child of node) collect(child, code, into);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const n = node as AstNode;
  if (n.type === 'TaggedTemplateExpression') {
    const tag = n.tag as AstNode & { name?: string };
    if (tag.type === 'Identifier' && (tag.name === 'css' || tag.name === 'html' || tag.name === 'svg')) {
      const spans = rawSpans(code, (n.quasi as { quasis: Quasi[] }).quasis);
      if (spans) into.push({ tag: tag.name, spans });
    }
  }
  for (const key in n) if (key !== 'parent') collect(n[key], code, into);
}

/**
 * Where each quasi's raw text sits. Parsers differ on whether a quasi's span includes its delimiters
 * (the opening backtick, or the `}` closing an expression); raw text never starts with a bare backtick.
 */
function rawSpans(code: string, quasis: readonly Quasi[]): Literal['spans'] | null {
  const offset = code[quasis[0]!.start] === '`' ? 1 : 0;
  const spans = quasis.map((q) => ({ start: q.start + offset, end: q.start + offset + q.value.raw.length }));
  return spans.every((s, i) => code.slice(s.start, s.end) === quasis[i]!.value.raw) ? spans : null;
}

const SPACE_AFTER_NOT_NEEDED = new Set(['{', '}', ';', ':', ',']);
const SPACE_BEFORE_NOT_NEEDED = new Set(['{', '}', ';', ',']);
const isSpace = (c: string | undefined) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f';

/**
 * Drops comments and whitespace that CSS ignores: any run becomes one space, or none next to `{ } ; ,`
 * and after `:` (never before it: `a :hover` is a different selector from `a:hover`). Returns null to
 * leave a literal alone when a comment would swallow an expression or a string is unterminated.
 */
export function minifyCss(parts: readonly string[]): string[] | null {
  const text = joinParts(parts);
  if (text === null) return null;
  let out = '';
  let space = false;
  /** The last character written was bare punctuation, not part of a string or an escape. */
  let punct = '';
  for (let i = 0; i < text.length; ) {
    const c = text[i]!;
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0 || text.slice(i, end).includes(HOLE)) return null;
      i = end + 2;
      continue;
    }
    if (isSpace(c)) {
      space = true;
      i++;
      continue;
    }
    let token = c;
    if (c === '\\') token = text.slice(i, i + 2);
    else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      if (j >= text.length) return null;
      token = text.slice(i, j + 1);
    }
    const bare = token.length === 1 && SPACE_AFTER_NOT_NEEDED.has(c) ? c : '';
    if (space && out && !SPACE_AFTER_NOT_NEEDED.has(punct) && !SPACE_BEFORE_NOT_NEEDED.has(bare)) out += ' ';
    // The last declaration of a block needs no semicolon.
    if (bare === '}' && punct === ';') out = out.slice(0, -1);
    out += token;
    punct = bare;
    space = false;
    i += token.length;
  }
  return splitParts(out, parts);
}

/**
 * Collapses each whitespace run that holds a line break to one space, in text and between attributes,
 * which renders the same under every `white-space` except the `pre` family (a module that uses those keeps
 * its templates as written). Attribute values and comments are copied as they are; a literal with `<pre>`,
 * `<textarea>`, `<style>`, `<script>` or `<title>` is left alone.
 */
export function minifyHtml(parts: readonly string[]): string[] | null {
  const text = joinParts(parts);
  if (text === null || /<(?:pre|textarea|style|script|title)\b/i.test(text)) return null;
  let out = '';
  let inTag = false;
  for (let i = 0; i < text.length; ) {
    const c = text[i]!;
    if (!inTag && text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i);
      if (end < 0) return null;
      out += text.slice(i, end + 3);
      i = end + 3;
    } else if (c === '\\') {
      out += text.slice(i, i + 2);
      i += 2;
    } else if (isSpace(c)) {
      let j = i;
      while (isSpace(text[j])) j++;
      const run = text.slice(i, j);
      out += /[\n\r]/.test(run) ? ' ' : run;
      i = j;
    } else if (inTag && (c === '"' || c === "'")) {
      const end = text.indexOf(c, i + 1);
      if (end < 0) return null;
      out += text.slice(i, end + 1);
      i = end + 1;
    } else {
      if (!inTag && c === '<' && /[a-zA-Z/]/.test(text[i + 1] ?? '')) inTag = true;
      else if (inTag && c === '>') inTag = false;
      out += c;
      i++;
    }
  }
  return splitParts(out, parts);
}

function joinParts(parts: readonly string[]): string | null {
  return parts.some((p) => p.includes(HOLE)) ? null : parts.join(HOLE);
}

/** Splits minified text back into quasis, refusing any change that would open or close an expression. */
function splitParts(text: string, original: readonly string[]): string[] | null {
  const parts = text.split(HOLE);
  if (parts.length !== original.length) return null;
  const opens = (s: string) => s.split('${').length + s.split('`').length;
  return parts.every((p, i) => opens(p) === opens(original[i]!)) ? parts : null;
}

/** Applies {@link minifyLitLiterals} to displays/ and shared/ in production builds. */
export function minifyLitLiteralsPlugin(): Plugin {
  return {
    name: 'callboard:minify-lit-literals',
    apply: 'build',
    // Before Vite strips the types, so the literals are seen as written.
    enforce: 'pre',
    transform: {
      filter: { id: OWN_SOURCES, code: /\b(?:css|html|svg)`/ },
      handler(code, id) {
        if (id.includes('node_modules') || !OWN_SOURCES.test(id)) return null;
        const out = minifyLitLiterals(code, 'ts');
        // No source map: the build ships none. With build.sourcemap on, the bundler warns for these modules
        // instead of mapping them wrongly.
        return out === code ? null : { code: out };
      },
    },
  };
}
