/* A study circle's discussion: the characters left under the post field as one types, and the focus on the
   news after htmx swaps the thread. Without it the field's limit is stated in its help and enforced by the
   browser and the server. */
(function () {
  "use strict";

  function showCount(field) {
    var count = document.querySelector('[data-post-count="' + field.id + '"]');
    if (!count) return;
    var left = field.maxLength - field.value.length;
    count.textContent = (count.getAttribute("data-left") || "{n}").replace("{n}", left);
    count.hidden = false;
  }

  function showCounts() {
    document.querySelectorAll("[data-post-count]").forEach(function (count) {
      var field = document.getElementById(count.getAttribute("data-post-count"));
      if (field) showCount(field);
    });
  }

  document.addEventListener("input", function (event) {
    if (event.target.matches && event.target.matches(".post-form textarea")) showCount(event.target);
  });

  // After a post, a hide or a deletion: focus on the post concerned, else on the news, so that keyboard and
  // screen-reader users carry on from there.
  document.addEventListener("htmx:afterSwap", function (event) {
    var target = event.detail.target;
    if (!target || !target.classList || !target.classList.contains("thread")) return;
    showCounts();
    var thread = document.getElementById(target.id) || target;
    var focus = thread.querySelector("[data-discussion-focus]");
    if (focus) focus.focus();
  });

  showCounts();
})();
