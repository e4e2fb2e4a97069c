// Adjudication's keys: j/k move between passages, 1-9 keep that version of the current
// passage, x rejects the version that has the focus. The forms work without this; it only
// finds the current passage's and submits them.
(function () {
  "use strict";

  function groups() {
    return Array.from(document.querySelectorAll("#adj-groups .adj-group"));
  }

  function current() {
    return document.querySelector("#adj-groups .adj-group.is-current");
  }

  function select(group, quietly) {
    if (!group) return;
    groups().forEach(function (g) { g.classList.toggle("is-current", g === group); });
    if (quietly) return;
    group.focus({ preventScroll: true });
    group.scrollIntoView({ block: "nearest" });
  }

  function move(step) {
    const all = groups();
    const at = all.indexOf(current());
    select(all[Math.min(all.length - 1, Math.max(0, at + step))] || all[0]);
  }

  function typing(target) {
    return target.closest("input, textarea, select, [contenteditable]") !== null;
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    if (!document.getElementById("adj-groups")) return;
    const group = current();
    if (event.key === "j") move(1);
    else if (event.key === "k") move(-1);
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

  // After a decision the passages come back: stay on the same one.
  let at = null;
  document.addEventListener("htmx:beforeRequest", function () {
    const group = current();
    at = group ? group.id : null;
  });
  document.addEventListener("htmx:afterSettle", function (event) {
    if (event.target.id !== "adjudication") return;
    const again = at && document.getElementById(at);
    at = null;
    if (again) select(again);
    else start();
  });

  function start() {
    const all = groups();
    if (all.length && !current()) select(all[0], true);
  }
  document.addEventListener("DOMContentLoaded", start);
})();
