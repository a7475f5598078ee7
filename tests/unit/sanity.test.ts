// TEMPORARY sanity test for the `unit` project (node environment).
import { describe, expect, it } from 'vitest';
import { CSP_HEADER, CSP_META } from '../../scripts/csp.mjs';

describe('sanity', () => {
  it('runs in node', () => {
    expect(typeof window).toBe('undefined');
  });

  it('CSP header extends the meta policy with frame-ancestors', () => {
    expect(CSP_META).toContain("script-src 'self'");
    expect(CSP_HEADER).toBe(`${CSP_META}; frame-ancestors 'none'`);
  });
});
