// Runs before the first paint: a classic script in <head>, so the CSP needs no inline code.
(function () {
  var html = document.documentElement;
  // The page holds the default dashboard, baked at build time. A link with a query string may
  // ask for something else (filters, a slide, another dataset): hide the baked view until the
  // app, which reads the address exactly, has decided. Without JavaScript this never runs and
  // the baked page shows.
  var shared = window.location.search.length > 1;
  if (shared) html.classList.add('bake-pending');

  function urls(name) {
    var tag = document.querySelector('meta[name="' + name + '"]');
    return tag && tag.content ? tag.content.split(' ') : [];
  }
  function link(rel, href, as) {
    var el = document.createElement('link');
    el.rel = rel;
    el.href = href;
    if (as) el.as = as;
    el.crossOrigin = 'anonymous';
    document.head.appendChild(el);
  }

  // The build (scripts/defer-scripts.ts) names the app's scripts here instead of in <script>
  // tags, so that on a slow phone they do not compete with the page for the first paint.
  // Each request is started in a task of its own: starting a dozen took 20 ms at once here,
  // and a phone is slower.
  var started = false;
  function start() {
    if (started) return;
    started = true;
    var entry = urls('bilateral-entry')[0];
    if (!entry) return; // the dev server's page loads its own script
    var steps = urls('bilateral-fetches').map(function (u) {
      return function () {
        link('preload', u, 'fetch');
      };
    });
    steps.push(function () {
      var script = document.createElement('script');
      script.type = 'module';
      script.crossOrigin = 'anonymous';
      script.src = entry;
      document.head.appendChild(script);
    });
    urls('bilateral-modules').forEach(function (u) {
      steps.push(function () {
        link('modulepreload', u);
      });
    });
    (function next() {
      var step = steps.shift();
      if (!step) return;
      step();
      setTimeout(next, 0);
    })();
  }

  if (shared) {
    // Nothing shows until the app runs: start it now (the meta tags come before this script).
    start();
    return;
  }
  // Once the page is parsed, the next frame paints it; start right after that frame. A tab in
  // the background paints no frames, so a timer starts it there.
  document.addEventListener('DOMContentLoaded', function () {
    requestAnimationFrame(function () {
      setTimeout(start, 0);
    });
    setTimeout(start, 1000);
  });
})();
