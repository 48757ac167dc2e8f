/**
 * The sizes and positions of a sheet's boxes as CSS classes in the page's own stylesheet, not as
 * style attributes: the live preview's frame allows stylesheets only (no inline styles, see
 * renderer previewDocument.ts), and the same markup must look the same there and on paper.
 * Values are numbers and units made here, never user text.
 */
export class SheetRules {
  private readonly byDeclaration = new Map<string, string>();

  /** A class for these declarations (`{ left: '15mm', 'font-size': '12pt' }`); the same ones share a class. */
  className(declarations: Record<string, string>): string {
    const text = Object.entries(declarations)
      .map(([property, value]) => `${property}: ${value}`)
      .join('; ');
    let name = this.byDeclaration.get(text);
    if (!name) {
      name = `sheet-rule-${this.byDeclaration.size}`;
      this.byDeclaration.set(text, name);
    }
    return name;
  }

  /** Every class made so far, for a <style> element after the markup that uses them. */
  css(): string {
    return [...this.byDeclaration].map(([text, name]) => `.${name} { ${text}; }`).join('\n');
  }
}
