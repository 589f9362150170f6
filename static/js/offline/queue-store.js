/* Solidaire: the actions kept on this phone while offline, and their sending (issue 25; docs/architecture.md,
   "Offline"). Used by the pages (queue.js) and the service worker (importScripts, then sync-worker.js). */
(function (scope) {
  "use strict";
  var NAME = "solidaire-offline", CHUNK = 100, busy = null;

  function request(r) {
    return new Promise(function (resolve, reject) {
      r.onsuccess = function () { resolve(r.result); };
      r.onerror = function () { reject(r.error); };
    });
  }

  function open() {
    var r = indexedDB.open(NAME, 1);
    r.onupgradeneeded = function () {
      r.result.createObjectStore("actions", { keyPath: "seq", autoIncrement: true });
      r.result.createObjectStore("state", { keyPath: "name" });
    };
    return request(r);
  }

  // Run `work(store)` on one store in one transaction; resolves with work's request's result.
  function use(storeName, mode, work) {
    return open().then(function (db) {
      var tx = db.transaction(storeName, mode), result = work(tx.objectStore(storeName));
      return new Promise(function (resolve, reject) {
        tx.oncomplete = function () { db.close(); resolve(result && result.result); };
        tx.onerror = tx.onabort = function () { db.close(); reject(tx.error); };
      });
    });
  }

  var store = {
    all: function () { return use("actions", "readonly", function (s) { return s.getAll(); }); },
    add: function (action) { return use("actions", "readwrite", function (s) { return s.add(action); }); },
    remove: function (seqs) {
      return use("actions", "readwrite", function (s) { seqs.forEach(function (seq) { s.delete(seq); }); });
    },
    get: function (name) {
      return use("state", "readonly", function (s) { return s.get(name); }).then(function (row) {
        return row ? row.value : null;
      });
    },
    set: function (name, value) {
      return use("state", "readwrite", function (s) { return s.put({ name: name, value: value }); });
    },
    clear: function () { return request(indexedDB.deleteDatabase(NAME)); },
    // The identity and a fresh CSRF token, from the server; null offline.
    token: function () {
      return store.get("urls").then(function (urls) {
        if (!urls) { return null; }
        return fetch(urls.token, { credentials: "same-origin", cache: "no-store" }).then(function (response) {
          return response.ok ? response.json() : null;
        }).then(function (token) {
          return token ? store.set("identity", token.identity).then(function () { return token; }) : null;
        });
      });
    },
    send: function () { busy = busy || exclusive(sendAll).then(done, done); return busy; }
  };

  function done(value) { busy = null; return value; }

  // One sender at a time across the origin's pages and its service worker (the page's `online` and the
  // Background Sync fire together): the next one reads the queue once the first has emptied it, with the
  // session cookie the first one's answer set, so the same actions are never sent twice at once.
  function exclusive(work) {
    var locks = scope.navigator && scope.navigator.locks;
    return locks ? locks.request("solidaire-offline-queue", work) : work();
  }

  // Send the queue in order; resolves with {results, waiting}: the server's results, and what stays.
  function sendAll() {
    var results = [];
    return Promise.all([store.all(), store.get("urls"), store.token()]).then(function (got) {
      var queue = got[0], urls = got[1], token = got[2];
      if (!queue.length || !urls || !token) { return { results: results, waiting: queue.length, failed: !token }; }
      function next(start) {
        var chunk = queue.slice(start, start + CHUNK);
        if (!chunk.length) { return null; }
        return fetch(urls.sync, {
          method: "POST",
          credentials: "same-origin",
          headers: { "Content-Type": "application/json", "X-CSRFToken": token.csrf },
          body: JSON.stringify({ actions: chunk.map(function (a) { return a.action; }) })
        }).then(function (response) {
          return response.json().catch(function () { return {}; }).then(function (body) {
            if (!body.results) {  // a refused batch (400, 413) or no answer: keep everything, say why
              if (body.message) { results.push({ status: response.status, kept: true, message: body.message }); }
              return null;
            }
            var gone = [];
            body.results.forEach(function (result, i) {
              results.push(result);
              if (!result.kept) { gone.push(chunk[i].seq); }
            });
            return store.remove(gone).then(function () { return next(start + CHUNK); });
          });
        });
      }
      var failed = false;
      return next(0).catch(function () { failed = true; }).then(function () {
        return store.get("results").then(function (before) {
          var sent = results.map(function (r) { return r.key; });  // two pages may send one queue
          return store.set("results", (before || []).filter(function (r) { return sent.indexOf(r.key) < 0; })
            .concat(results).slice(-200));
        });
      }).then(function () {
        return store.all().then(function (left) { return { results: results, waiting: left.length, failed: failed }; });
      });
    }).catch(function () { return { results: results, waiting: -1, failed: true }; });
  }

  scope.SolidaireQueue = store;
})(self);
