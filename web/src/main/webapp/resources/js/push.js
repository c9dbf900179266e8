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
   * Whether PrimeFaces has started on this page. Under the content security policy every Ajax
   * request must carry the page's nonce, which PrimeFaces sends from a hidden field it adds to each
   * form in its start-up script (PrimeFaces.csp.init). That script runs in a jQuery ready
   * callback, which jQuery calls asynchronously: on a loaded machine after the window's load event,
   * and after a websocket has opened. A request sent before it has no nonce and is refused ("CSP
   * nonce mismatch"). Without the policy the page's scripts carry no nonce and nothing is waited
   * for.
   */
  function primeFacesStarted() {
    if (!window.PrimeFaces || !document.querySelector('script[nonce]')) {
      return true;
    }
    return PrimeFaces.csp.NONCE_VALUE !== '';
  }

  /*
   * Runs the function once the page has loaded and PrimeFaces has started. A websocket may open,
   * and a message arrive, before either; the function then waits, looking again every 25 ms.
   */
  window.omnirouteWhenLoaded = function (run) {
    (function attempt() {
      if (document.readyState === 'complete' && primeFacesStarted()) {
        run();
      } else {
        window.setTimeout(attempt, 25);
      }
    })();
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
