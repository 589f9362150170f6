/* Solidaire's service worker (offline app), served at /sw.js by offline.views.service_worker, which puts
   the SOLIDAIRE settings above this text. What it keeps, and when it refreshes it: docs/architecture.md,
   "Offline".
   - Install: the "shell", i.e. the saved-courses page and the "not on this phone" page in every language,
     and the files they use. Nothing personal: fetched without cookies.
   - A page (navigation): the network first; if it fails, or takes more than NETWORK_WAIT ms for a page
     that is saved, the saved copy; a page never saved, unreachable, gets "not on this phone". Nothing is
     stored while browsing: only a course save (store.js) stores pages.
   - A static or media file: the saved copy if there is one, else the network.
   - Online, a saved page that was just read has its course's version checked; a republished course is
     saved again, in the background. */
/* global SOLIDAIRE, SolidaireStore */
"use strict";
importScripts(SOLIDAIRE.store);
// The actions kept offline: their store, then the Background Sync that sends them (queue-store.js first).
importScripts(SOLIDAIRE.queueStore, SOLIDAIRE.syncWorker);

var SHELL = "solidaire-shell|" + SOLIDAIRE.version;
var NETWORK_WAIT = 3000;
var CHECK_EVERY = 60 * 1000;
var lastChecked = {};

self.addEventListener("install", function (event) {
  event.waitUntil(
    caches.open(SHELL).then(function (cache) {
      return Promise.all(SOLIDAIRE.shell.map(function (url) {
        return fetch(url, { credentials: "omit", cache: "no-cache" }).then(function (response) {
          if (!response.ok) throw new Error(url + ": " + response.status);
          return cache.put(url, response);
        });
      }));
    }).then(function () { return self.skipWaiting(); })
  );
});

self.addEventListener("activate", function (event) {
  event.waitUntil(
    caches.keys().then(function (names) {
      return Promise.all(names.filter(function (name) {
        return name.indexOf("solidaire-shell|") === 0 && name !== SHELL;
      }).map(function (name) { return caches.delete(name); }));
    }).then(function () { return self.clients.claim(); })
  );
});

self.addEventListener("fetch", function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    event.respondWith(navigate(event, url));
  } else if (url.pathname.indexOf(SOLIDAIRE.staticUrl) === 0 || url.pathname.indexOf(SOLIDAIRE.mediaUrl) === 0) {
    event.respondWith(caches.match(request, { ignoreVary: true }).then(function (saved) {
      return saved || fetch(request);
    }));
  }
});

function timeout(ms) {
  return new Promise(function (resolve, reject) { setTimeout(reject, ms, new Error("timeout")); });
}

async function navigate(event, url) {
  var saved = await caches.match(url.href, { ignoreVary: true });
  var network = fetch(event.request);
  try {
    var response = await (saved ? Promise.race([network, timeout(NETWORK_WAIT)]) : network);
    if (saved) event.waitUntil(refreshCourseOf(url.pathname).catch(function () {}));
    return response;
  } catch (error) {
    if (saved) return offlineCopy(saved, saved.status);
    var unavailable = await caches.match(SOLIDAIRE.unavailable[language(url)], { ignoreVary: true });
    return unavailable ? offlineCopy(unavailable, 503) : Response.error();
  }
}

function language(url) {
  var first = url.pathname.split("/")[1];
  return SOLIDAIRE.languages.indexOf(first) >= 0 ? first : SOLIDAIRE.defaultLanguage;
}

/* The saved page, marked data-offline-copy on <html> for the page's scripts (register.js). */
async function offlineCopy(saved, status) {
  var text = (await saved.text()).replace("<html ", "<html data-offline-copy ");
  return new Response(text, { status: status, headers: saved.headers });
}

async function refreshCourseOf(path) {
  for (var item of await SolidaireStore.savedCourses()) {
    var manifest = item.manifest;
    var pages = manifest.pages.map(function (page) { return page.url; });
    if (pages.indexOf(path) < 0 || Date.now() - (lastChecked[item.name] || 0) < CHECK_EVERY) continue;
    lastChecked[item.name] = Date.now();
    var current = await SolidaireStore.fetchManifest(manifest.manifestUrl);
    if (current.version !== manifest.version) await SolidaireStore.saveCourse(manifest.manifestUrl, null, current);
  }
}
