// Adjudication's keys: j/k move between passages, 1-9 keep that version of the current
// passage, x rejects the version that has the focus. The forms work without this; it only
// finds the current passage's and submits them.
(function () {
  "use strict";

  const list = window.listKeys("#adj-groups .adj-group");
  const current = list.current, select = list.select, move = list.move;
  const start = list.start;

  // After a decision the passages come back: stay on the same one. Between the swap and
  // htmx's settle no passage is marked yet (the settle puts back the server's classes),
  // so until then `at` is the one to mark, and j/k move it.
  let at = null;

  function step(n) {
    if (at === null || current()) {
      move(n);
      if (at !== null) at = current().id;
      return;
    }
    const ids = list.items().map(function (g) { return g.id; });
    const here = ids.indexOf(at);
    at = ids[Math.min(ids.length - 1, Math.max(0, here + n))] || null;
  }

  document.addEventListener("keydown", function (event) {
    if (window.listKeys.typing(event)) return;
    if (!document.getElementById("adj-groups")) return;
    const group = current() || (at && document.getElementById(at));
    if (event.key === "j") step(1);
    else if (event.key === "k") step(-1);
    else if (/^[1-9]$/.test(event.key)) {
      const form = group && group.querySelector(
        '.adj-version[data-n="' + event.key + '"] form[data-pick]'
      );
      if (!form) return;
      form.requestSubmit();
    } else if (event.key === "x") {
      const version = event.target.closest && event.target.closest(".adj-version");
      const form = version && version.querySelector("form[data-reject]");
      if (!form) return;
      form.requestSubmit();
    } else return;
    event.preventDefault();
  });

  // Focus in a passage (a click, Tab) makes it the current one.
  document.addEventListener("focusin", function (event) {
    const group = event.target.closest && event.target.closest("#adj-groups .adj-group");
    if (group && !group.classList.contains("is-current")) select(group, true);
  });

  document.addEventListener("htmx:beforeRequest", function () {
    const group = current();
    at = group ? group.id : null;
  });
  document.addEventListener("htmx:afterRequest", function (event) {
    if (!event.detail.successful) at = null;  // nothing swapped: the page is as it was
  });
  document.addEventListener("htmx:afterSettle", function (event) {
    if (event.target.id !== "adjudication") return;
    const again = at && document.getElementById(at);
    at = null;
    if (again) select(again);
    else start();
  });

  document.addEventListener("DOMContentLoaded", start);
})();
