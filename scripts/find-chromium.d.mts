/** Candidate Chromium/Chrome executables ($CHROMIUM_PATH first), in order of preference. */
export declare function chromiumCandidates(): string[];
/** Path of the first Chromium-family browser found on this machine, or null. */
export declare function findChromium(): string | null;
/** The flags every headless Chromium of this project runs with. */
export declare const CHROMIUM_FLAGS: string[];
/** Launches the system Chromium with playwright-core's `chromium`; throws with a hint when none is found. */
export declare function launchChromium(
  chromium: import('playwright-core').BrowserType,
): Promise<import('playwright-core').Browser>;
