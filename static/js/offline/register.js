/* On every page (offline app): registers the service worker at the root scope, keeps the outline's "done"
   marks for the copies saved on this phone, and, in a saved copy read offline, shows each video's
   transcript with a notice that the video needs a connection. Without JavaScript none of this exists. */
(function () {
  "use strict";
  var script = document.currentScript;
  if ("serviceWorker" in navigator && script && script.dataset.serviceWorker) {
    navigator.serviceWorker.register(script.dataset.serviceWorker, { scope: "/" }).catch(function () {});
  }
  // Set by sw.js on a page it answered from this phone's saved copy.
  var offlineCopy = document.documentElement.hasAttribute("data-offline-copy");
  var DONE_KEY = "solidaire-offline-done";

  /* The course outline's steps beside a lesson or quiz, and on the course page: [[li, path]]. */
  function steps() {
    var found = [];
    document.querySelectorAll(".course-index .index-steps > li, .outline .steps > li").forEach(function (li) {
      var link = li.querySelector("a[href]");
      found.push([li, link ? new URL(link.href).pathname : window.location.pathname]);
    });
    return found;
  }

  function isDone(li) {
    return li.classList.contains("is-done") || li.classList.contains("done");
  }

  function readDone() {
    try {
      return JSON.parse(window.localStorage.getItem(DONE_KEY)) || {};
    } catch (error) {
      return {};
    }
  }

  /* Online, the server's outline is the truth: remember it, path by path (a saved copy has no marks, being
     the page an anonymous visitor gets). */
  function rememberMarks(found) {
    var done = readDone();
    found.forEach(function (step) {
      if (isDone(step[0])) done[step[1]] = 1;
      else delete done[step[1]];
    });
    try {
      window.localStorage.setItem(DONE_KEY, JSON.stringify(done));
    } catch (error) {
      // storage refused (private mode, full): the saved copy shows no marks
    }
  }

  function showMarks(found) {
    var done = readDone();
    var label = (document.querySelector("[data-done-label]") || document.body).dataset.doneLabel || "";
    found.forEach(function (step) {
      var li = step[0];
      if (isDone(li) || !done[step[1]]) return;
      var beside = li.closest(".course-index");
      li.classList.remove("is-next");
      li.classList.add(beside ? "is-done" : "done");
      var icon = li.querySelector("use");
      if (icon && beside) icon.setAttribute("href", "#icon-done");
      var state = li.querySelector(".step-state");
      if (!state) {
        state = document.createElement("span");
        state.className = beside ? "step-state" : "visually-hidden";
        (li.querySelector("a > span, .current > span") || li).appendChild(state);
      }
      state.textContent = " " + label;
    });
  }

  function showVideoTranscripts() {
    if (!offlineCopy && navigator.onLine) return;
    document.querySelectorAll(".video").forEach(function (video) {
      var notice = video.querySelector(".video-offline");
      var transcript = video.querySelector("details.transcript");
      var load = video.querySelector(".video-load");
      if (notice) notice.hidden = false;
      if (transcript) transcript.open = true;
      if (load) load.hidden = true;
    });
  }

  var found = steps();
  if (found.length) (offlineCopy ? showMarks : rememberMarks)(found);
  showVideoTranscripts();
  window.addEventListener("offline", showVideoTranscripts);
})();
