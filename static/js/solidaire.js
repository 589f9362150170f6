/* Solidaire: click-to-load videos. Nothing contacts a video host until the learner clicks "Load the video". */
(function () {
  "use strict";

  // The privacy-friendly player address for a YouTube or Vimeo link, or null for any other host.
  function embedUrl(address) {
    var url, id, match;
    try { url = new URL(address); } catch (e) { return null; }
    var host = url.hostname.replace(/^(www|m)\./, "");
    if (host === "youtu.be") {
      id = url.pathname.split("/")[1];
    } else if (host === "youtube.com" || host === "youtube-nocookie.com") {
      id = url.searchParams.get("v") || (url.pathname.match(/^\/(?:embed|shorts|live)\/([\w-]+)/) || [])[1];
    }
    if (id && /^[\w-]{6,20}$/.test(id)) {
      return "https://www.youtube-nocookie.com/embed/" + id + "?autoplay=1&rel=0";
    }
    if (host === "vimeo.com" || host === "player.vimeo.com") {
      match = url.pathname.match(/\/(\d+)(?:\/([0-9a-f]+))?\/?$/);
      if (match) {
        return "https://player.vimeo.com/video/" + match[1] + "?autoplay=1&dnt=1" + (match[2] ? "&h=" + match[2] : "");
      }
    }
    return null;
  }

  function showButtons() {
    document.querySelectorAll(".video-load[hidden]").forEach(function (button) { button.hidden = false; });
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest(".video-load");
    if (!button) return;
    var box = button.closest(".video");
    var address = box.getAttribute("data-video-url");
    var src = embedUrl(address);
    if (!src) {
      window.location.href = address;
      return;
    }
    var frame = document.createElement("iframe");
    var title = box.querySelector(".video-title");
    frame.src = src;
    frame.title = title ? title.textContent : "";
    frame.allow = "autoplay; fullscreen; picture-in-picture; encrypted-media";
    // Only once the learner asked for the video: the host sees our origin (YouTube refuses to play without it).
    frame.referrerPolicy = "strict-origin-when-cross-origin";
    var wrapper = document.createElement("div");
    wrapper.className = "video-frame";
    wrapper.appendChild(frame);
    box.querySelector(".video-placeholder").replaceWith(wrapper);
    frame.focus();
  });

  // Printed lessons serve as workshop handouts: print transcripts and hints too.
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details:not([open])").forEach(function (details) {
      details.open = true;
      details.setAttribute("data-print-opened", "");
    });
  });
  window.addEventListener("afterprint", function () {
    document.querySelectorAll("details[data-print-opened]").forEach(function (details) {
      details.open = false;
      details.removeAttribute("data-print-opened");
    });
  });

  // "Copy" beside a link to share (a certificate's check page): shown only where the browser can copy; the
  // link stays selectable in its field without it. The button then says "Copied" for screen readers too.
  function showCopyButtons() {
    if (!(navigator.clipboard && window.isSecureContext)) return;
    document.querySelectorAll(".copy-link[hidden]").forEach(function (button) { button.hidden = false; });
  }
  document.addEventListener("click", function (event) {
    var button = event.target.closest(".copy-link");
    if (!button) return;
    var field = document.getElementById(button.getAttribute("data-copy"));
    navigator.clipboard.writeText(field.value).then(function () {
      button.textContent = button.getAttribute("data-copied");
    });
  });
  document.addEventListener("focusin", function (event) {
    if (event.target.classList && event.target.classList.contains("share-link")) event.target.select();
  });

  showButtons();
  showCopyButtons();
  document.addEventListener("htmx:afterSettle", showButtons);

  // After htmx swaps in a question's feedback or a finished lesson, move focus to the news so keyboard and
  // screen-reader users hear it and carry on from there.
  document.addEventListener("htmx:afterSwap", function (event) {
    var target = event.detail.target;
    var news = target && target.querySelector && target.querySelector(".feedback, .done-mark, .form-error");
    if (!news && target && target.id) {
      var swapped = document.getElementById(target.id);
      news = swapped && swapped.querySelector(".feedback, .done-mark, .form-error");
    }
    if (news) {
      if (!news.hasAttribute("tabindex")) news.setAttribute("tabindex", "-1");
      news.focus({ preventScroll: true });
      // Keep the answered question in view below the sticky progress bar: all of it from its title when
      // it fits, else its verdict at the top (scroll-margin-top in the CSS leaves room for the bar).
      var section = news.closest(".question");
      var bar = document.getElementById("quiz-progress");
      var top = bar ? bar.getBoundingClientRect().bottom : 0;
      var box = section ? section.getBoundingClientRect() : news.getBoundingClientRect();
      if (section && box.height <= window.innerHeight - top) {
        if (box.top < top || box.bottom > window.innerHeight) section.scrollIntoView({ block: "start" });
      } else {
        var verdict = news.getBoundingClientRect();
        if (verdict.top < top || verdict.top > window.innerHeight - 48) news.scrollIntoView({ block: "start" });
      }
    }
  });

  // The header's menu and the course outline are <details>: Escape closes an open menu and gives the focus
  // back to its button. On a wide screen the stylesheet shows both open; a browser without ::details-content
  // gets them opened here instead.
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    var menu = document.querySelector(".site-menu[open]");
    if (menu && getComputedStyle(menu.querySelector("summary")).display !== "none") {
      menu.open = false;
      menu.querySelector("summary").focus();
    }
  });
  if (!(window.CSS && CSS.supports("selector(::details-content)")) && window.matchMedia("(min-width: 64rem)").matches) {
    document.querySelectorAll(".site-menu, .course-index").forEach(function (details) { details.open = true; });
  }
})();
