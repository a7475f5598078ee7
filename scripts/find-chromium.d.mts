/** Candidate Chromium/Chrome executables ($CHROMIUM_PATH first), in order of preference. */
export declare function chromiumCandidates(): string[];
/** Path of the first Chromium-family browser found on this machine, or null. */
export declare function findChromium(): string | null;
