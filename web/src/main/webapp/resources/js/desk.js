/*
 * The agent desktop's clocks. Each element with data-now (the server's clock when it was rendered,
 * epoch milliseconds) and data-until (a countdown's deadline) or data-since (when an interaction
 * reached the agent) is ticked from the browser's own clock, counted from when the element
 * appeared, so that a PC clock that is off does not matter. The data itself never comes from here:
 * the server pushes, and the page re-renders.
 */
(function () {
  'use strict';

  function twoDigits(n) {
    return (n < 10 ? '0' : '') + n;
  }

  function tick() {
    var local = Date.now();
    document.querySelectorAll('[data-now]').forEach(function (clock) {
      if (clock.omnirouteSeenAt === undefined) {
        clock.omnirouteSeenAt = local;
      }
      var serverNow = Number(clock.dataset.now) + (local - clock.omnirouteSeenAt);
      if (clock.dataset.until) {
        var left = Math.ceil((Number(clock.dataset.until) - serverNow) / 1000);
        clock.textContent = String(Math.max(0, left));
      } else if (clock.dataset.since) {
        var seconds = Math.max(0, Math.floor((serverNow - Number(clock.dataset.since)) / 1000));
        clock.textContent = Math.floor(seconds / 60) + ':' + twoDigits(seconds % 60);
      }
    });
  }

  // The desktop's websocket opened: re-read the work once (see desk.xhtml), then say it is live.
  // (After the page has loaded: see omnirouteWhenLoaded in push.js.)
  window.omnirouteDeskOpened = function () {
    window.omnirouteWhenLoaded(function () {
      if (typeof window.omnirouteDeskRefresh === 'function') {
        window.omnirouteDeskRefresh();
      }
    });
  };

  window.omnirouteDeskClosed = function () {
    window.omnirouteDeskLive(false);
  };

  window.omnirouteDeskLive = function (live) {
    var link = document.getElementById('deskLink');
    if (link) {
      link.classList.toggle('desk-live', live);
      link.textContent = live ? link.dataset.live : link.dataset.connecting;
    }
  };

  // A quarter second, so that a re-rendered clock is picked up at once; it changes once a second.
  setInterval(tick, 250);
})();
