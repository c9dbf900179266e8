/*
 * Marks a field and its label as refused, or no longer refused, after an Ajax check that did not
 * redraw the field (redrawing a field while it is typed in would lose keystrokes). "args" is what
 * PrimeFaces hands an oncomplete: validationFailed is true when the check refused the value.
 */
function consoleMarkRefused(id, args) {
  var refused = !!(args && args.validationFailed);
  jQuery(PrimeFaces.escapeClientId(id))
    .toggleClass('ui-state-error', refused)
    .attr('aria-invalid', refused ? 'true' : 'false');
  jQuery('label[for="' + id + '"]').toggleClass('ui-state-error', refused);
}
