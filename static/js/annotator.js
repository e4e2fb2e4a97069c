// The reader's one hand-written script. It maps a selection in the article to offsets
// into the document text (start, end, exact, prefix, suffix) and lets htmx ask the
// server for the tag form; everything else is HTML the server renders. The tag form's
// page (annotation pages without htmx) loads it too, for the kind choice.
//
// Keyboard selection: the article is contenteditable with every edit refused, which
// gives keyboard users a real caret (arrows move it, Shift+arrows select) without
// relying on the browser's caret-browsing mode; inputmode="none" keeps phones from
// opening their keyboard.
(function () {
  "use strict";
  // The tag form sends the chosen kind's fields only: the other kinds' are disabled.
  document.addEventListener("change", (event) => {
    const choice = event.target;
    if (choice.name !== "kind" || !choice.closest("#tag-form")) return;
    for (const fields of choice.form.querySelectorAll("fieldset[data-kind]")) {
      fields.disabled = fields.dataset.kind !== choice.value;
    }
  });

  // A picker whose search box the browser filled back in (going back to the page) asks
  // for its matches again. (Here rather than as an hx-trigger filter: the
  // Content-Security-Policy allows no eval, which htmx filters need.)
  document.addEventListener("htmx:load", (event) => {
    for (const input of event.detail.elt.querySelectorAll(".picker input[type=search]")) {
      if (input.value !== input.defaultValue) htmx.trigger(input, "search");
    }
  });

  const root = document.getElementById("annotatable");
  if (!root) return;
  const panel = document.getElementById("panel");
  const toolbar = document.getElementById("tag-toolbar");
  const tip = document.getElementById("hl-tip");
  const status = document.getElementById("annotator-status");
  const annotating = root.hasAttribute("data-annotating") && toolbar !== null;
  const CONTEXT = 32; // characters of prefix and suffix, as the server stores them
  const KEYS = { c: "claim", e: "entity", q: "quote" };
  const reattachButton = toolbar && toolbar.querySelector("[data-reattach]");
  let pointerDown = false;
  let queued = false;
  let caretMark = null;
  let lastOffset = null; // where the caret goes back to when the panel closes

  const blocks = () => root.querySelectorAll("[data-start]");
  const say = (text) => { status.textContent = text; };
  const short = (text) => (text.length > 60 ? text.slice(0, 57) + "…" : text);
  const visible = (el) => el.getClientRects().length > 0;

  // --- selection -> offsets into the document text ------------------------------------

  // The document text is the blocks joined by blank lines, so the page's share of it (one
  // part of a long article) can be rebuilt here; ``base`` is where that share starts.
  function documentText() {
    let text = "";
    let base = null;
    for (const block of blocks()) {
      const start = Number(block.dataset.start);
      if (base === null) base = start;
      if (base + text.length < start) text += "\n".repeat(start - base - text.length);
      text += block.textContent;
    }
    return { text, base: base || 0 };
  }

  function charsBefore(block, node, offset) {
    const range = document.createRange();
    range.setStart(block, 0);
    range.setEnd(node, offset);
    return range.toString().length;
  }

  function selectionOffsets() {
    const selection = getSelection();
    if (!selection.rangeCount || selection.isCollapsed) return null;
    const range = selection.getRangeAt(0);
    if (!range.intersectsNode(root)) return null;
    let start = null;
    let end = null;
    for (const block of blocks()) {
      if (!range.intersectsNode(block)) continue;
      const from = Number(block.dataset.start);
      const s = block.contains(range.startContainer)
        ? from + charsBefore(block, range.startContainer, range.startOffset) : from;
      const e = block.contains(range.endContainer)
        ? from + charsBefore(block, range.endContainer, range.endOffset) : Number(block.dataset.end);
      if (e <= s) continue;
      if (start === null) start = s;
      end = e;
    }
    if (start === null) return null;
    const { text, base } = documentText();
    while (start < end && /\s/.test(text[start - base])) start++;
    while (end > start && /\s/.test(text[end - 1 - base])) end--;
    if (start >= end) return null;
    return {
      start, end,
      exact: text.slice(start - base, end - base),
      prefix: text.slice(Math.max(0, start - base - CONTEXT), start - base),
      suffix: text.slice(end - base, end - base + CONTEXT),
    };
  }

  function placeCaret(offset) {
    for (const block of blocks()) {
      if (offset < Number(block.dataset.start) || offset > Number(block.dataset.end)) continue;
      let left = offset - Number(block.dataset.start);
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (left <= node.length) {
          getSelection().collapse(node, left);
          block.scrollIntoView({ block: "nearest" });
          return;
        }
        left -= node.length;
      }
    }
  }

  // --- the toolbar --------------------------------------------------------------------

  // Below the end of the selection (phones show their own menu above it), always
  // inside the viewport.
  function placeNear(box, range, gap) {
    const rects = range.getClientRects();
    const anchor = rects.length ? rects[rects.length - 1] : range.getBoundingClientRect();
    const width = document.documentElement.clientWidth;
    const height = window.innerHeight;
    const size = box.getBoundingClientRect();
    let top = anchor.bottom + gap;
    if (top + size.height > height - gap) top = anchor.top - size.height - gap;
    top = Math.min(Math.max(gap, top), height - size.height - gap);
    const left = Math.min(Math.max(gap, anchor.left), width - size.width - gap);
    box.style.top = `${top + window.scrollY}px`;
    box.style.left = `${left + window.scrollX}px`;
  }

  function fill(selection) {
    for (const name of ["start", "end", "exact", "prefix", "suffix"]) {
      toolbar.elements[name].value = selection[name];
    }
  }

  function showToolbar(selection) {
    fill(selection);
    const reattaching = offerReattach(selection);
    const wasHidden = toolbar.hidden;
    hideTip();
    reattachButton.hidden = !reattaching;
    toolbar.hidden = false;
    placeNear(toolbar, getSelection().getRangeAt(0), 8);
    if (wasHidden) {
      say(`Selected “${short(selection.exact)}”. ` +
        (reattaching ? "Press R to re-attach the open annotation here, or " : "Press ") +
        "C for a claim, E for an entity, Q for a quote, Escape to cancel.");
    }
  }

  // --- re-attaching an orphaned or moved annotation (its panel holds the form) --------

  // The panel's form keeps the last text selected in the article, and says which: a
  // click on its button may clear the selection before the form is sent.
  function offerReattach(selection) {
    const form = document.getElementById("reattach-form");
    if (!form || !panel.contains(form)) return false;
    for (const name of ["start", "end", "exact", "prefix", "suffix"]) {
      form.elements[name].value = selection[name];
    }
    form.querySelector("[data-reattach-selected]").textContent = `Selected: “${short(selection.exact)}”`;
    return true;
  }

  function reattach() {
    const selection = selectionOffsets();
    if (!selection || !offerReattach(selection)) return false;
    lastOffset = selection.end;
    hideToolbar();
    document.getElementById("reattach-form").requestSubmit();
    return true;
  }

  function hideToolbar() {
    if (toolbar) toolbar.hidden = true;
  }

  function cancel() {
    hideToolbar();
    const selection = getSelection();
    if (selection.rangeCount && root.contains(selection.focusNode)) selection.collapseToEnd();
    root.focus({ preventScroll: true });
    say("Selection cancelled.");
  }

  // Keys can come faster than animation frames: read the selection now, not the toolbar.
  function tag(kind) {
    const selection = selectionOffsets();
    if (!selection) return false;
    fill(selection);
    toolbar.querySelector(`button[value="${kind}"]`).click();
    return true;
  }

  function update() {
    queued = false;
    if (pointerDown) return;
    const selection = annotating ? selectionOffsets() : null;
    if (selection) {
      showToolbar(selection);
    } else if (toolbar && !toolbar.contains(document.activeElement)) {
      hideToolbar();
    }
    caretTip();
  }

  function queueUpdate() {
    if (!queued) {
      queued = true;
      requestAnimationFrame(update);
    }
  }

  // --- highlights: who tagged what, and their details --------------------------------

  function itemsOf(mark) {
    return (mark.dataset.annotations || "").split(" ")
      .map((key) => document.getElementById(`ann-${key}`)).filter(Boolean);
  }

  const summaryOf = (item) => item.querySelector(".ann-meta").textContent;

  function showTip(mark) {
    const items = itemsOf(mark);
    if (!items.length) return hideTip();
    tip.replaceChildren(...items.map((item) => {
      const line = document.createElement("p");
      line.textContent = summaryOf(item); // text, never HTML
      return line;
    }));
    tip.hidden = false;
    const range = document.createRange();
    range.selectNodeContents(mark);
    placeNear(tip, range, 6);
    return items;
  }

  function hideTip() {
    tip.hidden = true;
  }

  function markAt(node) {
    const element = node && (node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement);
    return element ? element.closest("mark.hl") : null;
  }

  function caretTip() {
    const selection = getSelection();
    const mark = selection.isCollapsed && root.contains(selection.focusNode)
      ? markAt(selection.focusNode) : null;
    if (mark === caretMark) return;
    caretMark = mark;
    if (!mark) return hideTip();
    const items = showTip(mark);
    if (items) say(`${items.map(summaryOf).join("; ")}. Press Enter to open.`);
  }

  function open(mark) {
    const items = itemsOf(mark);
    if (items.length === 1) {
      htmx.ajax("GET", items[0].querySelector("a").getAttribute("href"), { target: panel });
    } else if (items.length > 1) {
      choose(items);
    }
  }

  // Several annotations share this text: let the person pick one.
  function choose(items) {
    const body = document.getElementById("panel-choose").content.cloneNode(true);
    body.querySelector("[data-count]").textContent = items.length;
    const list = body.querySelector("ol");
    for (const item of items) {
      const copy = item.cloneNode(true);
      copy.removeAttribute("id");
      list.append(copy);
    }
    panel.replaceChildren(body);
    focusPanel();
  }

  function focusPanel() {
    const wanted = [...panel.querySelectorAll("[data-autofocus]")].find(visible);
    (wanted || panel.querySelector("h2") || panel).focus();
  }

  function closePanel() {
    panel.replaceChildren(document.getElementById("panel-empty").content.cloneNode(true));
    markOpen();
    if (!annotating) return;
    root.focus({ preventScroll: true });
    if (lastOffset !== null) placeCaret(lastOffset);
  }

  // --- events -------------------------------------------------------------------------

  if (annotating) {
    // Read-only: refuse every edit (typing, deleting, pasting, dropping, undo).
    root.addEventListener("beforeinput", (event) => event.preventDefault());
    for (const type of ["paste", "cut", "drop", "dragstart"]) {
      root.addEventListener(type, (event) => event.preventDefault());
    }
    root.addEventListener("pointerdown", () => { pointerDown = true; hideToolbar(); });
    document.addEventListener("pointerup", () => { pointerDown = false; queueUpdate(); });
    document.addEventListener("pointercancel", () => { pointerDown = false; });
    document.addEventListener("selectionchange", queueUpdate);
    // Clicking the toolbar must not move focus or the selection out of the article.
    toolbar.addEventListener("mousedown", (event) => event.preventDefault());
    toolbar.addEventListener("submit", () => {
      lastOffset = Number(toolbar.elements.end.value);
      hideToolbar();
    });
  }

  root.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const key = event.key.toLowerCase();
    if (annotating && KEYS[key] && !event.shiftKey && tag(KEYS[key])) {
      event.preventDefault();
    } else if (annotating && key === "r" && !event.shiftKey && reattach()) {
      event.preventDefault();
    } else if (key === "enter") {
      event.preventDefault();
      const mark = markAt(getSelection().focusNode);
      if (mark) open(mark);
    }
  });

  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      if (toolbar && !toolbar.hidden) {
        event.preventDefault();
        cancel();
      } else if (panel.contains(event.target) || event.target === document.body) {
        event.preventDefault();
        closePanel();
      }
    } else if (event.key === "Enter" && event.target.closest && event.target.closest(".picker input")) {
      // Enter in a picker chooses (the first match, or the new entity); it must not
      // submit the whole tag form.
      event.preventDefault();
      const create = event.target.closest(".picker-new");
      const button = create ? create.querySelector("button")
        : event.target.closest(".picker").querySelector(".picker-option");
      if (button) button.click();
    } else if (toolbar && toolbar.contains(event.target) && KEYS[event.key.toLowerCase()]) {
      if (tag(KEYS[event.key.toLowerCase()])) event.preventDefault();
    } else if (toolbar && toolbar.contains(event.target) && event.key.toLowerCase() === "r") {
      if (reattach()) event.preventDefault();
    }
  });

  root.addEventListener("click", (event) => {
    const mark = event.target.closest("mark.hl");
    if (mark && getSelection().isCollapsed) open(mark);
  });
  root.addEventListener("mouseover", (event) => {
    const mark = event.target.closest("mark.hl");
    if (mark) showTip(mark);
    else hideTip();
  });
  root.addEventListener("mouseleave", hideTip);

  document.addEventListener("click", (event) => {
    const link = event.target.closest(".ann-item a");
    if (link && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
      // The sidebar's links open in the panel (one listener instead of an hx-get on
      // each of possibly thousands); a modified click still opens the page.
      event.preventDefault();
      const item = link.closest(".ann-item");
      const key = item.id.slice(item.id.indexOf("-") + 1); // ann-<key>, or moved-<key>
      if (root.hasAttribute("data-parts") && !item.closest(".ann-orphans")
          && !root.querySelector(`mark[data-annotations~="${key}"]`)) {
        // Its text is in another part of a long article: show that part, which opens it.
        location.assign(partWith(link.getAttribute("href")));
        return;
      }
      htmx.ajax("GET", link.getAttribute("href"), { target: panel });
    } else if (event.target.closest("[data-close-panel]")) {
      closePanel();
    } else if (event.target.closest("[data-cancel]")) {
      cancel();
    } else if (event.target.closest("[data-reattach]")) {
      reattach();
    }
  });

  // "Create a new …" starts from what was typed in the search box.
  document.addEventListener("toggle", (event) => {
    const details = event.target;
    if (!(details.matches && details.matches(".picker-new") && details.open)) return;
    const query = details.closest(".picker").querySelector("input[type=search]");
    const name = details.querySelector("input[type=text]");
    if (query && name && !name.value) name.value = query.value;
    if (name) name.focus();
  }, true);

  // The address of the part of the article holding an annotation (its link's last segment
  // is its id); the filters in use stay.
  function partWith(href) {
    const url = new URL(location.href);
    url.searchParams.delete("part");
    url.searchParams.set("annotation", href.split("/").filter(Boolean).pop());
    url.hash = "";
    return url.toString();
  }

  // Arrived at the part holding an annotation: open it.
  const arrived = new URL(location.href).searchParams.get("annotation");
  if (arrived) {
    const link = document.querySelector(`#ann-${arrived.replaceAll("-", "").slice(0, 12)} a`);
    if (link) htmx.ajax("GET", link.getAttribute("href"), { target: panel });
  }

  // Outline the text of the annotation the panel shows.
  function markOpen() {
    for (const mark of root.querySelectorAll("mark.hl-open")) mark.classList.remove("hl-open");
    const shown = panel.querySelector("[data-annotation]");
    if (!shown) return;
    const key = shown.dataset.annotation.replaceAll("-", "").slice(0, 12);
    for (const mark of root.querySelectorAll(`mark[data-annotations~="${key}"]`)) {
      mark.classList.add("hl-open");
    }
    // Beside the article (wide screens) bring its text into view; on a phone the panel
    // is below the article and keeps the focus.
    const first = root.querySelector(`mark[data-first~="${key}"]`);
    if (first && getComputedStyle(panel.parentElement).position === "sticky") {
      first.scrollIntoView({ block: "nearest" });
    }
  }

  document.body.addEventListener("htmx:afterSettle", (event) => {
    const target = event.detail.target;
    if (target === panel) {
      hideTip();
      markOpen();
      focusPanel();
      const selection = annotating ? selectionOffsets() : null;
      if (selection) offerReattach(selection);
    } else if (target.classList.contains("picker") && target.id) {
      const picker = document.getElementById(target.id);
      const wanted = picker && picker.querySelector("[data-autofocus]");
      if (wanted) wanted.focus();
    }
  });

  // --- live updates: colleagues' changes (annotations/live.py) -------------------------

  const live = document.getElementById("live");
  const liveNotice = document.getElementById("live-notice");
  let liveCaret = null;

  function caretOffset() {
    const selection = getSelection();
    if (document.activeElement !== root || !selection.rangeCount || !selection.isCollapsed) return null;
    const block = selection.focusNode && (selection.focusNode.nodeType === Node.ELEMENT_NODE
      ? selection.focusNode : selection.focusNode.parentElement)?.closest("[data-start]");
    if (!block || !root.contains(block)) return null;
    return Number(block.dataset.start) + charsBefore(block, selection.focusNode, selection.focusOffset);
  }

  // The answer replaces blocks and the list, so a poll waits while the person selects,
  // tags or moves through the list, and while the page is not being looked at.
  window.liveReady = () => {
    const selection = getSelection();
    const selecting = selection.rangeCount > 0 && !selection.isCollapsed
      && selection.getRangeAt(0).intersectsNode(root);
    const list = document.getElementById("annotation-list");
    return !document.hidden && !selecting && (!toolbar || toolbar.hidden)
      && !(list && list.contains(document.activeElement));
  };

  if (live) {
    // Here rather than as a filter in hx-trigger, which htmx would have to eval (the
    // Content-Security-Policy allows no eval).
    live.addEventListener("htmx:beforeRequest", (event) => {
      if (!liveReady()) event.preventDefault();
    });
    live.addEventListener("htmx:beforeSwap", () => { liveCaret = caretOffset(); });
    live.addEventListener("htmx:afterSettle", () => {
      if (liveCaret !== null && document.activeElement === root) placeCaret(liveCaret);
      liveCaret = null;
      caretMark = null;
      hideTip();
      markOpen();
    });
    live.addEventListener("htmx:afterRequest", (event) => {
      if (event.detail.successful && liveNotice.dataset.trouble) {
        liveNotice.textContent = "";
        delete liveNotice.dataset.trouble;
      }
    });
  }

  // A poll that fails says so quietly beside the list; the next one may succeed, unless
  // the server refused it (signed out, a page from before a deployment): then polls stop.
  function liveTrouble(event, message, stop) {
    if (!live || event.detail.elt !== live) return false;
    liveNotice.textContent = message;
    liveNotice.dataset.trouble = "1";
    if (stop) live.remove();
    return true;
  }

  function flash(message) {
    const line = document.createElement("p");
    line.className = "panel-error";
    line.setAttribute("role", "alert");
    line.textContent = message;
    panel.prepend(line);
  }

  document.body.addEventListener("htmx:responseError", (event) => {
    const code = event.detail.xhr.status;
    const refused = code >= 400 && code < 500;
    if (liveTrouble(event, code === 403 ? "Live updates stopped: you were signed out. Reload the page."
      : code === 404 ? "Live updates stopped: this article is no longer published."
        : refused ? "Live updates stopped. Reload the page."
          : `Live updates paused (server error ${code}). Retrying.`, refused)) return;
    if (code === 429) return flash(event.detail.xhr.responseText); // plain text: how long to wait
    flash(code === 403 ? "Not allowed: you cannot do that here (or you were signed out; reload)."
      : code === 404 ? "Not found: it may have been deleted. Reload the page."
        : `The server could not do that (error ${code}). Nothing was changed.`);
  });
  document.body.addEventListener("htmx:sendError", (event) => {
    if (liveTrouble(event, "Live updates paused: the server cannot be reached. Retrying.")) return;
    flash("Could not reach the server. Check the connection and try again.");
  });
})();
