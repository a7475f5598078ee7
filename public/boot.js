// Runs before the first paint (a classic script in <head>, so the CSP needs no inline code).
// The page holds the default dashboard, baked at build time. A link with a query string may
// ask for something else (filters, a slide, another dataset): hide the baked view until the
// app, which reads the address exactly, has decided. Without JavaScript this never runs and
// the baked page shows.
if (window.location.search.length > 1) document.documentElement.classList.add('bake-pending');
