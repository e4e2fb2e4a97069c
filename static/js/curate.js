// The review queue's keys: j/k move between rows, a accepts, r rejects (focusing the
// reason first; Enter there sends it), e edits, o opens the annotation in its article.
// The forms and links work without this; it only finds the current row's and uses them.
(function () {
  "use strict";

  const list = window.listKeys("#queue .queue-row");
  const rows = list.items, current = list.current, select = list.select, move = list.move;
  const start = list.start;

  document.addEventListener("keydown", function (event) {
    if (window.listKeys.typing(event)) return;
    if (!document.getElementById("queue")) return;
    const row = current();
    switch (event.key) {
      case "j": move(1); break;
      case "k": move(-1); break;
      case "a": {
        const form = row && row.querySelector("form[data-accept]");
        if (!form) return;
        form.requestSubmit();
        break;
      }
      case "r": {
        const input = row && row.querySelector("form[data-reject] input[name='reason']");
        if (!input) return;
        input.focus();
        break;
      }
      case "e": if (row) location.assign(row.dataset.edit); break;
      case "o": if (row) location.assign(row.dataset.open); break;
      default: return;
    }
    event.preventDefault();
  });

  // A click in a row makes it the current one.
  document.addEventListener("focusin", function (event) {
    const row = event.target.closest && event.target.closest("#queue .queue-row");
    if (row && !row.classList.contains("is-current")) {
      rows().forEach(function (r) { r.classList.toggle("is-current", r === row); });
    }
  });

  // After a decision the row comes back settled: go on to the next one still open.
  let deciding = null;
  document.addEventListener("htmx:beforeRequest", function (event) {
    const row = event.detail.elt.closest && event.detail.elt.closest("#queue .queue-row");
    deciding = row ? row.id : null;
  });
  document.addEventListener("htmx:afterSettle", function () {
    const settled = deciding && document.getElementById(deciding);
    if (!settled) return;
    deciding = null;
    if (!settled.classList.contains("queue-row-done")) { select(settled); return; }
    const all = rows();
    const next = all.slice(all.indexOf(settled) + 1).find(function (r) {
      return !r.classList.contains("queue-row-done");
    });
    select(next || settled);
  });

  document.addEventListener("submit", function (event) {
    const message = event.target.dataset && event.target.dataset.confirm;
    if (message && !window.confirm(message)) event.preventDefault();
  });

  document.addEventListener("DOMContentLoaded", start);
  document.addEventListener("htmx:afterSettle", function (event) {
    if (event.target.id === "queue-list") start();
  });
})();
