/** CSP for the `<meta http-equiv="Content-Security-Policy">` tag injected at build time. */
export declare const CSP_META: string;
/** CSP sent as a response header by the static server (meta policy + frame-ancestors). */
export declare const CSP_HEADER: string;
