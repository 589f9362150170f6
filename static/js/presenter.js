/* Solidaire: the facilitator's keyboard shortcuts on the room's screen and the remote (issue 22).
   A button or link with data-keys="N ArrowRight" is clicked when one of those keys is pressed, never while
   typing in a field or with Ctrl, Alt or Meta held. Without this file the buttons are plain forms. */
(function () {
  "use strict";

  var fired = false; // one shortcut per page: the click leaves the page (a form post or a link)

  function typing(target) {
    return target.closest && target.closest("input, textarea, select, [contenteditable], [contenteditable=''], [contenteditable='true']");
  }

  function matches(element, key) {
    return element.getAttribute("data-keys").toLowerCase().split(" ").indexOf(key.toLowerCase()) !== -1;
  }

  // Say the shortcuts to assistive technology and show them, only once they work.
  function announce() {
    document.documentElement.classList.add("has-shortcuts");
    document.querySelectorAll("[data-keys]").forEach(function (element) {
      element.setAttribute("aria-keyshortcuts", element.getAttribute("data-keys"));
    });
  }

  document.addEventListener("keydown", function (event) {
    if (fired || event.defaultPrevented || event.repeat || event.ctrlKey || event.altKey || event.metaKey) return;
    if (typing(event.target)) return;
    var targets = Array.prototype.filter.call(document.querySelectorAll("[data-keys]"), function (element) {
      return !element.disabled && matches(element, event.key);
    });
    if (targets.length !== 1) return;
    event.preventDefault();
    fired = true;
    var status = document.getElementById("live-shortcut-status");
    if (status) status.textContent = targets[0].textContent.replace(/\s+/g, " ").trim();
    targets[0].click();
  });

  document.addEventListener("DOMContentLoaded", announce);
  document.addEventListener("htmx:afterSettle", announce);
})();
