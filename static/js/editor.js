// The structure editor (newsroom/editor_views.py). The page works without this script;
// it tells the server where the caret is, so "Split at caret" knows where to split,
// gives Alt+Enter in a block's text to that button, applies a kind chosen at once, and
// keeps the keyboard focus on the block being worked on after each answer replaces the
// form.
(() => {
  "use strict";

  function remember(area) {
    const caret = document.getElementById(`caret-${area.dataset.block}`);
    if (caret) caret.value = String(area.selectionStart);
  }

  for (const type of ["keyup", "click", "select", "input", "focusin"]) {
    document.addEventListener(type, (event) => {
      const area = event.target.closest && event.target.closest("textarea[data-block]");
      if (area) remember(area);
    });
  }

  document.addEventListener("keydown", (event) => {
    const area = event.target.closest && event.target.closest("textarea[data-block]");
    if (!area || event.key !== "Enter" || !event.altKey) return;
    event.preventDefault();
    remember(area);
    document.getElementById(`split-${area.dataset.block}`)?.click();
  });

  // A kind or a photo chosen applies at once (without this script, "Apply" does it).
  document.addEventListener("change", (event) => {
    const select = event.target.closest && event.target.closest("#editor-form select");
    if (select) select.form.requestSubmit();
  });

  function focusWanted() {
    const form = document.getElementById("editor-form");
    const wanted = form && form.dataset.focus && document.getElementById(form.dataset.focus);
    if (wanted) {
      wanted.focus();
      if (wanted.matches("textarea")) wanted.setSelectionRange(0, 0);
    } else if (form && form.querySelector("[role=alert]")) {
      form.querySelector("[role=alert]").setAttribute("tabindex", "-1");
      form.querySelector("[role=alert]").focus();
    }
  }
  document.body.addEventListener("htmx:afterSettle", focusWanted);
})();
