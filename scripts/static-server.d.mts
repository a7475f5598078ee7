export interface StartServerOptions {
  /** Directory to serve. Default: "dist". */
  root?: string;
  /** Port to listen on; 0 picks a free one. Default: 4173. */
  port?: number;
  /** Interface to listen on. Default: "127.0.0.1". */
  host?: string;
  /** false: no Content-Security-Policy header (a test's stand-in for another site). Default: true. */
  csp?: boolean;
}

export interface RunningServer {
  /** Base URL without a trailing slash, e.g. "http://127.0.0.1:4173". */
  url: string;
  port: number;
  close(): Promise<void>;
}

export declare function startServer(options?: StartServerOptions): Promise<RunningServer>;
