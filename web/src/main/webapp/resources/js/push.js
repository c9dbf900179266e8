/*
 * Server push to the live pages (desk, dashboard, simulator). The server sends one message type
 * per channel (Faces websockets, f:websocket); the page then re-reads its figures through the
 * PrimeFaces remote command named after the channel: omnirouteDeskRefresh for "desk",
 * omnirouteDashboardRefresh for "dashboard", omnirouteSimulatorRefresh for "simulator". A remote
 * command rather than f:ajax inside f:websocket: its request carries the page's CSP nonce, which
 * PrimeFaces requires of every Ajax request under the content security policy.
 */
(function () {
  'use strict';

  /*
   * Runs the function once the page has loaded. A websocket may open, and a message arrive, while
   * the page is still being read; PrimeFaces learns the page's nonce only in its start-up script,
   * and a remote command sent before that has none and is refused ("CSP nonce mismatch").
   */
  window.omnirouteWhenLoaded = function (run) {
    if (document.readyState === 'complete') {
      run();
    } else {
      window.addEventListener('load', run, { once: true });
    }
  };

  window.omniroutePushed = function (message, channel) {
    window.omnirouteWhenLoaded(function () {
      var name = 'omniroute' + channel.charAt(0).toUpperCase() + channel.slice(1) + 'Refresh';
      if (typeof window[name] === 'function') {
        window[name]();
      }
    });
  };
})();
