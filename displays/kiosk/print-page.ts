/** Sets the printed page to the ticket's own size: a roll printer then feeds and cuts exactly one ticket. */

export const PAPER_WIDTH_MM = 80;

/** Paper fed after the content so the cutter does not clip the last line. */
const TAIL_MM = 4;

/** A constructed stylesheet: a <style> element written at run time would be refused by the Content-Security-Policy. */
let sheet: CSSStyleSheet | null = null;

export function setPrintPage(widthMm: number, contentMm: number): void {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  sheet.replaceSync(`@page { size: ${widthMm}mm ${Math.ceil(contentMm + TAIL_MM)}mm; margin: 0; }`);
}
