/* Saved courses in Cache Storage (offline app), for the page (save.js) and the service worker (sw.js).
   One cache per saved course and version, named "solidaire-course|<language>|<course key>|<version>".
   A course is saved once its manifest is stored in that cache under RECORD: a cache without it is a save
   that did not finish, and is deleted. Pages are fetched without cookies: the copy is the page an
   anonymous visitor gets, with nothing of the learner's; a response marked no-store is never kept. */
(function (scope) {
  "use strict";
  var PREFIX = "solidaire-course|";
  var RECORD = "/offline-saved-course.json";
  var PARALLEL = 3;

  function cacheName(manifest) {
    return PREFIX + [manifest.language, manifest.course.key, manifest.version].join("|");
  }

  function QuotaError() {
    this.name = "QuotaExceededError";
  }

  async function courseCaches() {
    return (await caches.keys()).filter(function (name) { return name.indexOf(PREFIX) === 0; });
  }

  /* [{name, manifest}] of every course saved on this phone. */
  async function savedCourses() {
    var saved = [];
    for (var name of await courseCaches()) {
      var record = await (await caches.open(name)).match(RECORD);
      if (record) saved.push({ name: name, manifest: await record.json() });
    }
    return saved;
  }

  async function findSaved(language, key) {
    return (await savedCourses()).filter(function (item) {
      return item.manifest.language === language && item.manifest.course.key === key;
    })[0] || null;
  }

  async function removeUnfinished() {
    for (var name of await courseCaches()) {
      if (!(await (await caches.open(name)).match(RECORD))) await caches.delete(name);
    }
  }

  async function remove(language, key) {
    for (var item of await savedCourses()) {
      if (item.manifest.language === language && item.manifest.course.key === key) await caches.delete(item.name);
    }
  }

  async function fetchManifest(url) {
    var response = await fetch(url, { credentials: "omit", cache: "no-store" });
    if (!response.ok) throw new Error(url + ": " + response.status);
    return response.json();
  }

  async function keep(cache, item) {
    var response = await fetch(item.url, { credentials: "omit", cache: "no-cache" });
    if (!response.ok || /no-store/.test(response.headers.get("Cache-Control") || "")) {
      throw new Error(item.url + ": not saved (" + response.status + ")");
    }
    await cache.put(item.url, response);
  }

  /* Save the course `manifest` (fetched from manifestUrl if not given); onProgress(bytes, total) after each
     file. Rejects with name "QuotaExceededError" when the phone has no room; either way nothing is left
     half-saved. Older saved versions of the course are removed once the new one is complete. */
  async function saveCourse(manifestUrl, onProgress, manifest) {
    manifest = manifest || (await fetchManifest(manifestUrl));
    var estimate = navigator.storage && navigator.storage.estimate ? await navigator.storage.estimate() : null;
    if (estimate && estimate.quota && estimate.quota - estimate.usage < manifest.total) throw new QuotaError();
    var name = cacheName(manifest);
    await caches.delete(name);
    var cache = await caches.open(name);
    var items = manifest.pages.concat(manifest.files);
    var next = 0, bytes = 0;
    async function worker() {
      while (next < items.length) {
        var item = items[next++];
        await keep(cache, item);
        bytes += item.size;
        if (onProgress) onProgress(bytes, manifest.total);
      }
    }
    try {
      var workers = [];
      for (var i = 0; i < PARALLEL; i++) workers.push(worker());
      await Promise.all(workers);
      manifest.manifestUrl = manifestUrl;
      manifest.savedAt = Date.now();
      var body = JSON.stringify(manifest);
      await cache.put(RECORD, new Response(body, { headers: { "Content-Type": "application/json" } }));
    } catch (error) {
      await caches.delete(name);
      if (error && error.name === "QuotaExceededError") throw new QuotaError();
      throw error;
    }
    for (var item of await savedCourses()) {
      var same = item.manifest.language === manifest.language && item.manifest.course.key === manifest.course.key;
      if (same && item.name !== name) await caches.delete(item.name);
    }
    return manifest;
  }

  scope.SolidaireStore = {
    savedCourses: savedCourses,
    findSaved: findSaved,
    removeUnfinished: removeUnfinished,
    remove: remove,
    fetchManifest: fetchManifest,
    saveCourse: saveCourse,
  };
})(self);
