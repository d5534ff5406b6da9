// quarry show: one tooltip for every marked element under the pointer, and highlighting
// of records from the side panel. The page works without it (titles stay native).
(function () {
  "use strict";
  var doc = document;
  var root = doc.documentElement;
  var article = doc.getElementById("quarry-article");
  var tip = doc.getElementById("quarry-tip");
  if (!article || !tip) return;

  // Tooltips: titles become data, shown together, innermost first.
  article.querySelectorAll("[title]").forEach(function (el) {
    el.setAttribute("data-tip", el.getAttribute("title"));
    el.removeAttribute("title");
  });
  function place(ev) {
    var pad = 14;
    var w = tip.offsetWidth, h = tip.offsetHeight;
    var x = ev.clientX + pad, y = ev.clientY + pad;
    if (x + w > window.innerWidth - 4) x = Math.max(4, ev.clientX - w - pad);
    if (y + h > window.innerHeight - 4) y = Math.max(4, ev.clientY - h - pad);
    tip.style.left = x + "px";
    tip.style.top = y + "px";
  }
  article.addEventListener("mouseover", function (ev) {
    var lines = [];
    for (var el = ev.target; el && el !== article; el = el.parentElement) {
      var t = el.getAttribute("data-tip");
      if (t) lines.push(t);
    }
    if (!lines.length) { tip.hidden = true; return; }
    tip.textContent = "";
    lines.forEach(function (line) {
      var div = doc.createElement("div");
      div.textContent = line;
      tip.appendChild(div);
    });
    tip.hidden = false;
    place(ev);
  });
  article.addEventListener("mousemove", function (ev) { if (!tip.hidden) place(ev); });
  article.addEventListener("mouseleave", function () { tip.hidden = true; });

  // Highlighting: a panel item names record ids in data-light; hovering lights them,
  // clicking a speaker keeps them lit until clicked again.
  function selector(id) {
    var v = '"' + (window.CSS && CSS.escape ? CSS.escape(id) : id) + '"';
    return "[data-quote=" + v + "],[data-speaker-of~=" + v + "],[data-cue-of~=" + v + "]," +
      "[data-claim=" + v + "],[data-entity=" + v + "]";
  }
  var pinned = null;
  function light(ids) {
    article.querySelectorAll(".lit").forEach(function (el) { el.classList.remove("lit"); });
    ids.forEach(function (id) {
      article.querySelectorAll(selector(id)).forEach(function (el) { el.classList.add("lit"); });
    });
    root.classList.toggle("focusing", ids.length > 0);
  }
  function idsOf(el) { return (el.getAttribute("data-light") || "").split(/\s+/).filter(Boolean); }
  function rest() { light(pinned ? idsOf(pinned) : []); }
  doc.querySelectorAll("aside [data-light]").forEach(function (el) {
    el.addEventListener("mouseenter", function () { light(idsOf(el)); });
    el.addEventListener("mouseleave", rest);
    el.addEventListener("focusin", function () { light(idsOf(el)); });
    el.addEventListener("focusout", rest);
  });
  doc.querySelectorAll("aside button.who").forEach(function (btn) {
    btn.addEventListener("click", function () {
      if (pinned) pinned.setAttribute("aria-pressed", "false");
      pinned = pinned === btn ? null : btn;
      if (pinned) {
        pinned.setAttribute("aria-pressed", "true");
        var first = article.querySelector(selector(idsOf(btn)[0]));
        if (first) first.scrollIntoView({ behavior: "smooth", block: "center" });
      }
      rest();
    });
  });
  root.classList.add("js");
})();
