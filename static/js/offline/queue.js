/* Solidaire: lesson done, quiz start, answers and finish kept on this phone while offline, sent in order
   when back online (queue-store.js; docs/architecture.md, "Offline"). Words: #offline-queue's data-. */
(function () {
  "use strict";
  // unsent: kept and not yet tried (forms wait their turn)
  var Q = self.SolidaireQueue, root = document.getElementById("offline-queue"), waiting = 0, unsent = 0;
  if (!Q || !root || !self.indexedDB) { return; }
  var words = root.dataset;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text) { node.textContent = text; }
    return node;
  }

  function savedNote() {
    var note = el("p", "offline-saved", words.saved);
    note.setAttribute("role", "status");
    return note;
  }

  function formData(form) {
    var data = {};
    new FormData(form).forEach(function (value, name) {
      if (["csrfmiddlewaretoken", "quiz_action", "question", "confirm"].indexOf(name) < 0) {
        (data[name] = data[name] || []).push(String(value));
      }
    });
    return data;
  }

  // The action a form stands for, or null.
  function actionOf(form) {
    var lesson = form.getAttribute("data-offline-lesson");
    if (lesson) { return { kind: "lesson_done", target: +lesson, payload: {} }; }
    var quiz = form.closest("[data-offline-quiz]"), step = form.elements.quiz_action;
    if (!quiz || !step) { return null; }
    var payload = {}, attempt = quiz.getAttribute("data-offline-attempt");
    if (step.value !== "start") {
      if (attempt) { payload.attempt = +attempt; } else if (quiz.dataset.start) { payload.start = quiz.dataset.start; }
    }
    if (step.value === "answer") { payload.question = form.elements.question.value; payload.data = formData(form); }
    if (step.value === "finish") { payload.confirm = !!form.elements.confirm; }
    return { kind: "quiz_" + step.value, target: +quiz.getAttribute("data-offline-quiz"), payload: payload };
  }

  // Keep the form's action on the phone, and show it kept.
  function keep(form, action) {
    action.key = self.crypto.randomUUID();
    action.stored_at = new Date().toISOString();
    return Q.get("identity").then(function (identity) {
      action.identity = identity || null;
      return Q.add({ action: action });
    }).then(function () {
      waiting += 1;
      unsent += 1;
      shown(form, action);
      if (navigator.serviceWorker && navigator.serviceWorker.controller) {
        navigator.serviceWorker.ready.then(function (r) { return r.sync && r.sync.register("solidaire-queue"); })
          .catch(function () {});
      }
    }, function () {
      var slot = form.querySelector(".form-error-slot") || form;
      var error = el("p", "form-error", words.storageError);
      error.setAttribute("role", "alert");
      slot.appendChild(error);
    });
  }

  function shown(form, action) {
    var quiz = form.closest("[data-offline-quiz]");
    if (action.kind === "lesson_done") {
      form.replaceWith(savedNote());
      markOutline(action.target);
    } else if (action.kind === "quiz_start") {
      var questions = quiz.querySelector("template[data-offline-questions]");
      ["#results", "#questions", "form.finish", "#finish-confirm"].forEach(function (s) {
        var old = quiz.querySelector(s);
        if (old && !old.contains(form)) { old.remove(); }
      });
      quiz.dataset.start = action.key;
      quiz.removeAttribute("data-offline-attempt");
      var place = form.closest("#results") || form;
      place.replaceWith(savedNote());
      if (questions) { quiz.appendChild(questions.content.cloneNode(true)); }
      if (self.htmx) { self.htmx.process(quiz); }
    } else if (action.kind === "quiz_answer") {
      var fieldset = form.querySelector("fieldset"), button = form.querySelector("button");
      if (fieldset) { fieldset.disabled = true; }
      if (button) { button.remove(); }
      (form.querySelector(".form-error-slot") || form).replaceChildren(savedNote());
    } else {
      form.replaceWith(savedNote());
    }
  }

  function markOutline(target) {
    document.querySelectorAll('.course-index [data-step="' + target + '"]').forEach(function (item) {
      if (item.classList.contains("is-done")) { return; }
      item.classList.add("is-waiting");
      var mark = item.querySelector(".step-state") || item.querySelector("a, .current").appendChild(el("span", "step-state"));
      mark.textContent = words.waitingMark;
    });
  }

  function refreshOutline(results) {
    results.forEach(function (r) {
      if (r.kind !== "lesson_done" || r.status !== 200) { return; }
      document.querySelectorAll(".course-index .is-waiting").forEach(function (item) {
        if (+item.getAttribute("data-step") !== r.target) { return; }
        item.classList.replace("is-waiting", "is-done");
        item.querySelector(".step-state").textContent = words.done;
      });
    });
  }

  // The panel: what was sent, what came back, what waits.
  function showPanel(results) {
    var panel = document.getElementById("offline-sync"), list = panel.querySelector("ul");
    Q.get("results").then(function (stored) {
      stored = stored || [];
      list.replaceChildren();
      stored.forEach(function (result) {
        if (result.html) { list.insertAdjacentHTML("beforeend", result.html); } else { list.appendChild(el("li", "sync-result refused", result.message)); }
      });
      (results || []).forEach(function (result) {
        var target = result.swap && document.getElementById(result.swap.id);
        if (target) { target.outerHTML = result.swap.html; }
      });
      var note = panel.querySelector(".offline-waiting");
      note.textContent = waiting > 0 ? words.waiting.replace("%s", waiting) : "";
      panel.hidden = !stored.length && waiting <= 0;
    });
  }

  function send() {
    if (!navigator.onLine) { return Promise.resolve(); }
    return Q.send().then(function (sent) {
      if (sent.waiting >= 0) { waiting = sent.waiting; }
      if (!sent.failed) { unsent = 0; }  // the rest, the server said to keep
      refreshOutline(sent.results);
      showPanel(sent.results);
    });
  }

  document.addEventListener("submit", function (event) {
    var form = event.target, action = actionOf(form);
    if (!action) { return; }
    if (!navigator.onLine || unsent > 0) {  // in order
      event.preventDefault();
      event.stopPropagation();
      keep(form, action).then(send);
    }
  }, true);

  // An htmx form sent while the network is gone: keep it instead.
  document.addEventListener("htmx:sendError", function (event) {
    var form = event.detail.elt, action = form && form.tagName === "FORM" && actionOf(form);
    if (action) { keep(form, action); }
  });

  document.addEventListener("click", function (event) {
    if (event.target.closest("[data-offline-sync-close]")) {
      Q.set("results", []).then(function () { showPanel([]); });
    }
  });

  // Sign-out may clear the saved courses (caches solidaire-…) and the queue.
  function forgetBox() { return document.querySelector("[data-offline-forget]"); }

  document.addEventListener("submit", function (event) {
    var box = forgetBox(), form = event.target;
    if (!box || !form.contains(box) || !box.querySelector("input").checked) { return; }
    event.preventDefault();
    var caches_ = self.caches ? caches.keys().then(function (names) {
      return Promise.all(names.filter(function (n) { return n.indexOf("solidaire-") === 0; }).map(function (n) { return caches.delete(n); }));
    }) : Promise.resolve();
    try { localStorage.removeItem("solidaire-offline-done"); } catch (e) { /* storage off: nothing kept */ }
    Promise.all([caches_, Q.clear()]).catch(function () {}).then(function () { form.submit(); });
  });

  Q.set("urls", { token: words.tokenUrl, sync: words.syncUrl }).then(function () {
    return Q.all();
  }).then(function (queue) {
    waiting = unsent = queue.length;
    queue.forEach(function (row) { if (row.action.kind === "lesson_done") { markOutline(row.action.target); } });
    var box = forgetBox();
    if (box && self.caches) {
      caches.keys().then(function (names) {
        box.hidden = !waiting && !names.some(function (n) { return n.indexOf("solidaire-course|") === 0; });
      });
    }
    if (navigator.onLine && (waiting || document.querySelector("[data-offline-quiz], [data-offline-lesson]"))) {
      return waiting ? send() : Q.token().then(function () { showPanel([]); }, function () {});
    }
    showPanel([]);
  });
  self.addEventListener("online", send);
  if (navigator.serviceWorker) { navigator.serviceWorker.addEventListener("message", function () { showPanel([]); }); }
})();
