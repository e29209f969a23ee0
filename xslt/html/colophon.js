/* Optional: remembers the view, aligns sidenotes with their calls, previews notes. The page works without it. */
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  var KEY = "colophon-view";
  try {
    var saved = localStorage.getItem(KEY);
    var radio = saved && document.getElementById("view-" + saved);
    if (radio) radio.checked = true;
  } catch (e) {}
  Array.prototype.forEach.call(document.querySelectorAll(".view-switch"), function (r) {
    r.addEventListener("change", function () {
      try { localStorage.setItem(KEY, r.id.slice(5)); } catch (e) {}
      place();
    });
  });
  var wide = window.matchMedia("(min-width: 64rem)");
  // On wide screens each note moves down to the line of its call, and below the notes before it
  // (of this paragraph or an earlier one), so that notes never overlap.
  function place() {
    var floor = -Infinity;
    Array.prototype.forEach.call(document.querySelectorAll(".para > .notes > aside.note"), function (note) {
      note.style.marginTop = "";
      if (!wide.matches) return;
      var top = note.getBoundingClientRect().top;
      var call = document.getElementById("ref-" + note.id);
      var want = call ? call.getBoundingClientRect().top - 4 : top;
      var at = Math.max(top, want, floor);
      note.style.marginTop = (at - top) + "px";
      floor = at + note.getBoundingClientRect().height + 8;
    });
  }
  var preview = document.getElementById("note-preview");
  function show(ref) {
    if (wide.matches || !preview) return;
    var note = document.getElementById(ref.getAttribute("href").slice(1));
    if (!note) return;
    var body = note.querySelector(".note-body");
    preview.textContent = (body || note).textContent;
    var r = ref.getBoundingClientRect();
    preview.hidden = false;
    preview.style.left = Math.max(8, Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - preview.offsetWidth - 8)) + "px";
    preview.style.top = (window.scrollY + r.bottom + 6) + "px";
  }
  function hide() { if (preview) preview.hidden = true; }
  Array.prototype.forEach.call(document.querySelectorAll(".noteref"), function (ref) {
    ref.addEventListener("mouseenter", function () { show(ref); });
    ref.addEventListener("focus", function () { show(ref); });
    ref.addEventListener("mouseleave", hide);
    ref.addEventListener("blur", hide);
  });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") hide(); });
  window.addEventListener("resize", place);
  window.addEventListener("load", place);
  place();
})();
