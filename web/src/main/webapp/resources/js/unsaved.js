/*
 * Warns before leaving a form with unsaved changes. A form opts in with data-unsaved-question (the
 * question to ask, in the page's language). It counts as changed when the server says so (an
 * element inside it with data-unsaved="true", re-rendered by the form's Ajax updates, so typing a
 * value back to the stored one is not a change) or when something was typed since the last Ajax
 * answer. A click on a link elsewhere asks first and stays when the answer is no; anything else
 * that leaves the page (reload, address bar, closing the tab) gets the browser's own question.
 * Submitting the form itself (Save) and links marked data-unsaved-ignore (Discard) never ask.
 */
(function () {
  'use strict';

  var typed = false;
  var leaving = false;

  function guarded() {
    return document.querySelector('form[data-unsaved-question]');
  }

  function changed(form) {
    return typed || form.querySelector('[data-unsaved="true"]') !== null;
  }

  document.addEventListener('input', function (event) {
    var form = guarded();
    if (form && form.contains(event.target)) {
      typed = true;
    }
  }, true);

  if (window.jQuery) {
    window.jQuery(document).on('pfAjaxComplete', function () {
      typed = false;
    });
  }

  document.addEventListener('submit', function (event) {
    var form = guarded();
    if (form && event.target === form) {
      leaving = true;
    }
  }, true);

  document.addEventListener('click', function (event) {
    var form = guarded();
    var link = event.target.closest ? event.target.closest('a[href]') : null;
    if (!form || !link || leaving || link.closest('[data-unsaved-ignore]')) {
      return;
    }
    var href = link.getAttribute('href');
    if (!href || href.charAt(0) === '#' || href.indexOf('javascript:') === 0 || !changed(form)) {
      return;
    }
    if (window.confirm(form.dataset.unsavedQuestion)) {
      leaving = true;
    } else {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);

  window.addEventListener('beforeunload', function (event) {
    var form = guarded();
    if (form && !leaving && changed(form)) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
})();
