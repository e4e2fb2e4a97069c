// A list walked with the keyboard (the review queue, adjudication's passages): the items
// matching `selector`, the current one marked `is-current`, j/k-style moves, and whether
// a key was typed into a field (then it is text, not a command).
(function () {
  "use strict";

  window.listKeys = function (selector) {
    function items() {
      return Array.from(document.querySelectorAll(selector));
    }

    function current() {
      return document.querySelector(selector + ".is-current");
    }

    function select(item, quietly) {
      if (!item) return;
      items().forEach(function (i) { i.classList.toggle("is-current", i === item); });
      if (quietly) return;  // on arrival: mark it, but leave the page where it opens
      item.focus({ preventScroll: true });
      item.scrollIntoView({ block: "nearest" });
    }

    function move(step) {
      const all = items();
      const at = all.indexOf(current());
      select(all[Math.min(all.length - 1, Math.max(0, at + step))] || all[0]);
    }

    function start() {
      const all = items();
      if (all.length && !current()) select(all[0], true);
    }

    return { items: items, current: current, select: select, move: move, start: start };
  };

  window.listKeys.typing = function (event) {
    return event.ctrlKey || event.metaKey || event.altKey ||
      event.target.closest("input, textarea, select, [contenteditable]") !== null;
  };
})();
