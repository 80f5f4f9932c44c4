/** The Lit literal minifier: layout whitespace and comments go, everything a browser or a `${}` sees stays. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { minifyCss, minifyHtml, minifyLitLiterals } from '../../build/minify-lit-literals.ts';

describe('css literals', () => {
  it('drops comments and the whitespace CSS ignores, keeping the space that separates values', () => {
    const source = `const s = css\`
      /* The card. */
      :host([dir='rtl']) .arrow {
        padding: 3vmin 4vmin;
        box-shadow: 0 2vmin 5vmin rgb(0 0 0 / 0.28);
      }
      a :hover,
      b > c { color: red; }
    \`;`;
    expect(minifyLitLiterals(source)).toBe(
      "const s = css`:host([dir='rtl']) .arrow{padding:3vmin 4vmin;box-shadow:0 2vmin 5vmin rgb(0 0 0 / 0.28)}a :hover,b > c{color:red}`;",
    );
  });

  it('keeps every expression as written, nested templates included', () => {
    const source = 'const s = css`\n  a {\n    color: ${unsafeCSS(`a  ${b}`)};\n    margin: ${x} ${y};\n  }\n`;';
    expect(minifyLitLiterals(source)).toBe('const s = css`a{color:${unsafeCSS(`a  ${b}`)};margin:${x} ${y}}`;');
  });

  it('leaves strings, escapes and custom property values intact', () => {
    expect(minifyCss([`a::before {\n  content: '/* not a comment */  x';\n  --gap: \\2022  ;\n}`])).toEqual([
      "a::before{content:'/* not a comment */  x';--gap:\\2022}",
    ]);
  });

  it('refuses a comment that would swallow an expression', () => {
    expect(minifyCss(['a { /* ', ' */ color: red; }'])).toBeNull();
  });
});

describe('html literals', () => {
  it('collapses line breaks and indentation to one space, outside attribute values', () => {
    const source = `const t = html\`<div class="card">
        <span title="two
          lines">\${a}</span>
        <b>\${b}</b>
      </div>\`;`;
    expect(minifyLitLiterals(source)).toBe(
      'const t = html`<div class="card"> <span title="two\n          lines">${a}</span> <b>${b}</b> </div>`;',
    );
  });

  it('never touches whitespace inside a line of text', () => {
    expect(minifyHtml(['<p>Take  a   ticket</p>'])).toEqual(['<p>Take  a   ticket</p>']);
  });

  it('leaves a literal with preformatted content alone', () => {
    expect(minifyHtml(['<pre>\n  a\n</pre>'])).toBeNull();
  });

  it('keeps the line breaks of a module that styles text to show them', () => {
    const source = 'css`p {\n  white-space: pre-line;\n}`; html`<p>\n  ${a}\n</p>`';
    expect(minifyLitLiterals(source)).toBe('css`p{white-space:pre-line}`; html`<p>\n  ${a}\n</p>`');
  });

  it('minifies templates nested in expressions without changing the expressions', () => {
    const source = 'html`<ul>\n  ${items.map((i) => html`<li>\n    ${i.name}\n  </li>`)}\n</ul>`';
    expect(minifyLitLiterals(source)).toBe('html`<ul> ${items.map((i) => html`<li> ${i.name} </li>`)} </ul>`');
  });

  it('handles svg literals and expressions with nothing between them', () => {
    expect(minifyLitLiterals('svg`<g>\n  ${a}${b}\n</g>`')).toBe('svg`<g> ${a}${b} </g>`');
  });
});

describe('what is not a Lit literal', () => {
  it('ignores strings, comments and untagged templates that look like literals', () => {
    const source = [
      "const a = 'html`<p>\\n  </p>` and css` a { } `';",
      '/* html`<p>\n  </p>` */',
      'const b = `<p>\n  </p>`;',
      'const c = other`\n  a { b: c; }\n`;',
      'const d = /`[^`]*`/.test(x) ? "`" : html`<i>\n</i>`;',
    ].join('\n');
    const expected = source.replace('html`<i>\n</i>`', 'html`<i> </i>`');
    expect(minifyLitLiterals(source)).toBe(expected);
  });

  it('reads TypeScript: types, generics and decorators around the literals', () => {
    const source = `@customElement('x-y')
class X<T extends { a: string }> extends LitElement {
  static override styles = css\`
    :host { display: block; }
  \`;
  @property({ attribute: false }) value: T | null = null;
  render(): TemplateResult { return html\`<p>
    \${(this.value as T | null)?.a ?? \`none\`}
  </p>\`; }
}`;
    const out = minifyLitLiterals(source);
    expect(out).toContain('css`:host{display:block}`');
    expect(out).toContain('html`<p> ${(this.value as T | null)?.a ?? `none`} </p>`');
  });
});

describe('the built board', () => {
  const dist = fileURLToPath(new URL('../../dist/displays', import.meta.url));

  it('ships its styles and templates minified', () => {
    const html = readFileSync(join(dist, 'board/index.html'), 'utf8');
    const entry = /src="(\/assets\/board-[^"]+\.js)"/.exec(html)?.[1];
    expect(entry).toBeDefined();
    const code = readFileSync(join(dist, entry!), 'utf8');
    // The minifier leaves no line breaks outside template literals, so any indented line is an unminified literal.
    expect(code).not.toMatch(/\n[ \t]+/);
    expect(code).toContain('.card{box-sizing:border-box;');
  });
});
