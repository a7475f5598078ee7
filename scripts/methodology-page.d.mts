/** Absolute path of docs/methodology.md. */
export declare const METHODOLOGY_SOURCE: string;
/** The methodology as a standalone, script-free HTML page. */
export declare function methodologyHtml(markdown?: string): string;
