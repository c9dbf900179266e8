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

  window.omniroutePushed = function (message, channel) {
    var refresh = window['omniroute' + channel.charAt(0).toUpperCase() + channel.slice(1) + 'Refresh'];
    if (typeof refresh === 'function') {
      refresh();
    }
  };
})();
