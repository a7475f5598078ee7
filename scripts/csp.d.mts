/** CSP for the `<meta http-equiv="Content-Security-Policy">` tag injected at build time. */
export declare const CSP_META: string;
/** CSP sent as a response header by the static server (meta policy + frame-ancestors). */
export declare const CSP_HEADER: string;
/** CSP header for embed.html: the same policy, framable by any site. */
export declare const CSP_EMBED_HEADER: string;
/** The URL path of the page any site may frame. */
export declare const EMBED_PATH: string;
