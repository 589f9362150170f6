/* Solidaire: Background Sync for the actions kept on this phone. The service worker loads it with
   importScripts after queue-store.js; when the browser says the connection is back, the queue is sent as
   a page sends it, and the open pages are told, so that they show the results. */
self.addEventListener("sync", function (event) {
  "use strict";
  if (event.tag !== "solidaire-queue") { return; }
  event.waitUntil(self.SolidaireQueue.send().then(function (sent) {
    return self.clients.matchAll().then(function (pages) {
      pages.forEach(function (page) { page.postMessage({ solidaireSynced: sent.results.length }); });
    });
  }));
});
