// Resizes this site's chart frames (iframe[data-motcua-nhung]) on another site's page to their
// content. The frame posts {type: 'motcua-nhung:height', height} (src/utils/embed-code.ts); only
// messages from this script's own origin and from one of those frames are obeyed. No cookies, no
// requests, nothing else. Without this script each frame keeps its fallback height.
(function () {
  'use strict';
  var script = /** @type {HTMLScriptElement | null} */ (document.currentScript);
  if (!script || !script.src) return;
  var origin = new URL(script.src).origin;
  var root = document.documentElement;
  // Several charts on one page load this script several times: listen once.
  if (root.hasAttribute('data-motcua-nhung')) return;
  root.setAttribute('data-motcua-nhung', '');
  window.addEventListener('message', function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || data.type !== 'motcua-nhung:height' || typeof data.height !== 'number') return;
    var height = Math.round(Math.min(Math.max(data.height, 150), 4000));
    /** @type {NodeListOf<HTMLIFrameElement>} */
    var frames = document.querySelectorAll('iframe[data-motcua-nhung]');
    frames.forEach(function (frame) {
      if (frame.contentWindow === event.source) frame.style.height = height + 'px';
    });
  });
})();
