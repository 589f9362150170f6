/* "Save this course on this phone" on a course page, and the list of saved courses (offline app). Both
   are hidden in the HTML and shown here, where the browser can save (a service worker, Cache Storage); their
   words come from data-text-* attributes, in the page's language. The saving itself is store.js's. */
(function () {
  "use strict";
  var store = window.SolidaireStore;
  if (!store || !("caches" in window) || !("serviceWorker" in navigator)) return;
  var lang = document.documentElement.lang;

  function format(text, values) {
    return text.replace(/%\((\w+)\)s/g, function (match, name) { return values[name]; });
  }

  function size(bytes) {
    var megabytes = bytes >= 100 * 1024;
    var number = new Intl.NumberFormat(lang, {
      style: "unit",
      unit: megabytes ? "megabyte" : "kilobyte",
      maximumFractionDigits: 1,
    });
    return number.format(bytes / (megabytes ? 1024 * 1024 : 1024));
  }

  async function courseBox(box) {
    var text = box.dataset;
    var button = box.querySelector("[data-offline-save-button]");
    var sizeLine = box.querySelector("[data-offline-size]");
    var progress = box.querySelector("[data-offline-progress]");
    var status = box.querySelector("[data-offline-status]");
    box.hidden = false;
    await store.removeUnfinished();
    var saved = await store.findSaved(text.language, text.courseKey);
    var manifest = null;
    try {
      manifest = await store.fetchManifest(text.manifestUrl);
    } catch (error) {
      if (!saved) status.textContent = text.textUnknown;
    }
    function show() {
      var current = manifest || saved.manifest;
      sizeLine.textContent = format(text.textSize, { size: size(current.total) });
      if (saved) {
        status.textContent = text.textSaved;
        var outdated = manifest && manifest.version !== saved.manifest.version;
        if (outdated) status.textContent += " " + text.textOutdated;
        button.textContent = format(text.textUpdate, { size: size(current.total) });
        button.hidden = !outdated;
      } else {
        button.textContent = format(text.textSave, { size: size(current.total) });
      }
      button.disabled = !manifest;
    }
    if (manifest || saved) show();
    button.addEventListener("click", async function () {
      button.disabled = true;
      progress.hidden = false;
      progress.max = manifest.total;
      progress.value = 0;
      var told = -1;
      function report(bytes, total) {
        progress.value = bytes;
        var quarter = Math.floor((4 * bytes) / total);
        if (quarter !== told) {  // a screen reader hears a quarter at a time, not every file
          told = quarter;
          status.textContent = format(text.textSaving, { done: size(bytes), total: size(total) });
        }
      }
      report(0, manifest.total);
      try {
        manifest = await store.saveCourse(text.manifestUrl, report, manifest);
        saved = { manifest: manifest };
      } catch (error) {
        status.textContent = error.name === "QuotaExceededError" ? text.textQuota : text.textFailed;
        button.disabled = false;
        progress.hidden = true;
        return;
      }
      progress.hidden = true;
      show();
    });
  }

  async function savedList(box) {
    var text = box.dataset;
    var list = box.querySelector("[data-saved-list]");
    var template = document.querySelector("template[data-saved-item]");
    var status = box.querySelector("[data-saved-status]");
    async function draw() {
      var saved = await store.savedCourses();
      list.replaceChildren();
      var total = 0;
      saved.forEach(function (item) {
        var manifest = item.manifest;
        total += manifest.total;
        var entry = template.content.firstElementChild.cloneNode(true);
        var link = entry.querySelector("[data-saved-link]");
        link.href = manifest.course.url;
        link.textContent = manifest.course.title;
        link.lang = manifest.language;
        entry.querySelector("[data-saved-size]").textContent = size(manifest.total);
        entry.querySelector("[data-saved-remove]").addEventListener("click", async function () {
          await store.remove(manifest.language, manifest.course.key);
          status.textContent = format(text.textRemoved, { title: manifest.course.title });
          draw();
        });
        list.appendChild(entry);
      });
      box.querySelector("[data-saved-empty]").hidden = saved.length > 0;
      box.querySelector("[data-saved-total]").textContent = saved.length ? format(text.textTotal, { size: size(total) }) : "";
    }
    box.hidden = false;
    await store.removeUnfinished();
    draw();
  }

  document.querySelectorAll("[data-offline-save]").forEach(courseBox);
  document.querySelectorAll("[data-saved-courses]").forEach(savedList);
})();
