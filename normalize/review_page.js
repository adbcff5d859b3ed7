(function () {
  "use strict";
  // Everything the page shows is built here from the report data with text nodes and
  // setAttribute, never from markup, so no text from an article can become an element.
  // Decisions live in typed arrays indexed by the edit's place in the report; every
  // change updates the counters by one, so a bulk action over N edits costs N steps.
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var names = JSON.parse(document.getElementById("char-names").textContent);
  var reportKey = JSON.parse(document.getElementById("report-key").textContent);
  var files = data.files;
  var CHUNK = 150;

  var base = [], total = 0;
  files.forEach(function (f) { base.push(total); total += f.edits.length; });
  var fileOf = new Int32Array(total);
  files.forEach(function (f, fi) { for (var i = 0; i < f.edits.length; i++) { fileOf[base[fi] + i] = fi; } });
  var rej = new Uint8Array(total), vis = new Uint8Array(total).fill(1);
  var fileRej = new Int32Array(files.length), fileVis = new Int32Array(files.length);
  var nRej = 0, nVis = total, nVisRej = 0;
  var els = new Array(total);          // edit -> {src, out, row, box}, filled as parts are drawn
  var orderBuf = new Int32Array(total);
  for (var g0 = 0; g0 < total; g0++) { orderBuf[g0] = g0; }
  var order = orderBuf;                // the edits the filter shows, in page order
  files.forEach(function (f, fi) { fileVis[fi] = f.edits.length; });
  var cur = -1, curFile = -1;           // the current edit, and the file it (or n/p) is in
  var dirty = new Set();
  var sections = [], views = [], indexItems = [];
  // Review-tier suggestions (flags with an id and detail.suggestion): accepted ones by id, with the
  // elements that show each (drawn lazily like edits), and all of them in page order for the ``s`` key.
  var acc = new Set(), sugEls = {}, sugOrder = [], sugCur = -1;
  files.forEach(function (f, fi) {
    (f.flags || []).slice().sort(function (a, b) { return a.start - b.start; }).forEach(function (fl) {
      if (isSuggestion(fl)) { sugOrder.push({ fi: fi, id: fl.id }); }
    });
  });
  function isSuggestion(fl) { return typeof fl.id === "string" && fl.detail && typeof fl.detail.suggestion === "string"; }

  function $(id) { return document.getElementById(id); }
  function edit(g) { var fi = fileOf[g]; return files[fi].edits[g - base[fi]]; }
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }
  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  // ---- showing an edit's text: invisible characters by code point, whitespace-only edits with symbols.
  // (Unchanged text is drawn as it is: a tab or a carriage return there is not the reviewer's question.)
  var WS = { " ": "\u2423", "\n": "\u21b5", "\t": "\u21e5" };
  var WS_TITLE = { " ": "space", "\n": "line break", "\t": "tab" };
  function charClass(chars) {
    return chars.map(function (c) { return "\\u" + ("000" + c.charCodeAt(0).toString(16)).slice(-4); }).join("");
  }
  var invisible = charClass(Object.keys(names));
  var marked = [invisible ? new RegExp("[" + invisible + "]", "g") : null, new RegExp("[" + invisible + charClass(Object.keys(WS)) + "]", "g")];

  function plainText(parent, text) {
    if (text) { parent.appendChild(document.createTextNode(text)); }
  }
  function appendText(parent, text, showSpaces) {
    var re = marked[showSpaces ? 1 : 0], at = 0, m;
    if (!re) { plainText(parent, text); return parent; }
    re.lastIndex = 0;
    while ((m = re.exec(text)) !== null) {
      var ch = m[0], mark;
      plainText(parent, text.slice(at, m.index));
      if (showSpaces && WS[ch]) {
        mark = el("span", "ws", WS[ch]);
        mark.setAttribute("title", WS_TITLE[ch]);
      } else {
        mark = el("abbr", "cp", "U+" + ("000" + ch.charCodeAt(0).toString(16).toUpperCase()).slice(-4));
        mark.setAttribute("title", names[ch]);
      }
      parent.appendChild(mark);
      at = m.index + 1;
    }
    plainText(parent, text.slice(at));
    return parent;
  }
  function appendEditText(parent, text, showSpaces) {
    // A line break that ends an edit (a deleted line) is drawn as a symbol, not as an empty line.
    var body = showSpaces ? text : text.replace(/\n+$/, "");
    appendText(parent, body, showSpaces);
    if (body.length < text.length) { appendText(parent, text.slice(body.length), true); }
    return parent;
  }
  function blankOnly(e) { return /^\s*$/.test(e.original) && /^\s*$/.test(e.replacement); }

  // ---- paragraphs: cut at line ends that no edit straddles, so both panes keep a row per paragraph
  function paragraphs(f) {
    var src = f.source, cuts = [0], k = 0, reach = 0, es = f.edits;
    for (var p = src.indexOf("\n"); p !== -1 && p + 1 < src.length; p = src.indexOf("\n", p + 1)) {
      var at = p + 1;
      while (k < es.length && es[k].start < at) { reach = Math.max(reach, es[k].end); k++; }
      if (reach <= at) { cuts.push(at); }
    }
    cuts.push(src.length);
    var seg = new Int32Array(es.length), s = 0;
    for (var i = 0; i < es.length; i++) {
      while (s + 2 < cuts.length && cuts[s + 1] <= es[i].start) { s++; }
      seg[i] = s;
    }
    var first = new Int32Array(cuts.length);  // first edit of each paragraph
    for (var q = 0, e = 0; q < cuts.length - 1; q++) { while (e < es.length && seg[e] < q) { e++; } first[q] = e; }
    return { cuts: cuts, seg: seg, first: first };
  }

  function flagMarks(parent, f, from, to, flags, out) {
    // Flags are sorted by start: find the first at or after ``from`` instead of walking them all.
    var lo = 0, hi = flags.length, at = from;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (flags[mid].start < from) { lo = mid + 1; } else { hi = mid; } }
    for (var k = lo; k < flags.length && flags[k].start < to; k++) {
      var fl = flags[k];
      if (fl.start < at || fl.end > to || fl.start >= fl.end) { continue; }
      plainText(parent, f.source.slice(at, fl.start));
      var m;
      if (out && isSuggestion(fl)) {
        // The repaired side shows the suggestion in place once it is accepted.
        m = el("mark", "flagged suggested");
        m.appendChild(el("span", "was", f.source.slice(fl.start, fl.end)));
        m.appendChild(el("span", "sug", fl.detail.suggestion));
        (sugEls[fl.id] = sugEls[fl.id] || []).push(m);
        paintSuggestion(fl.id);
      } else {
        m = el("mark", "flagged", f.source.slice(fl.start, fl.end));
      }
      m.setAttribute("title", fl.message);
      parent.appendChild(m);
      at = fl.end;
    }
    plainText(parent, f.source.slice(at, to));
  }

  function editSpan(g, e, side) {
    var cls = "edit", shown = side === "src" ? e.original : e.replacement, ws = blankOnly(e);
    if (!shown) { cls += " empty"; }
    var span = el("span", cls);
    span.tabIndex = 0;
    span.setAttribute("role", "button");
    span.setAttribute("aria-label", e.rule);
    span.dataset.g = String(g);
    if (side === "src") {
      appendEditText(span, shown, ws);
    } else {
      appendEditText(span.appendChild(el("span", "new")), shown, ws);
      appendEditText(span.appendChild(el("span", "kept")), e.original, ws);
    }
    return span;
  }

  function paragraphRow(fi, view, q) {
    var f = files[fi], from = view.par.cuts[q], to = view.par.cuts[q + 1];
    var cells = [el("div", "p src"), el("div", "p out")];
    var end = to;
    if (f.source[to - 1] === "\n") { end = to - 1; }  // the row break stands for the paragraph's own line end
    var k = view.par.first[q], at = from, es = f.edits;
    while (k < es.length && view.par.seg[k] === q) {
      var e = es[k], g = base[fi] + k;
      cells.forEach(function (c, side) { flagMarks(c, f, at, e.start, view.flags, side === 1); });
      var x = els[g] || (els[g] = {});
      x.src = cells[0].appendChild(editSpan(g, e, "src"));
      x.out = cells[1].appendChild(editSpan(g, e, "out"));
      paint(g);
      at = e.end;
      k++;
    }
    if (at < end) { cells.forEach(function (c, side) { flagMarks(c, f, at, end, view.flags, side === 1); }); }
    cells.forEach(function (c) {
      if (!c.childNodes.length) { c.classList.add("blank"); }
      if (q === view.par.cuts.length - 2) { c.classList.add("last"); }
    });
    return cells;
  }

  function sentenceAround(src, start, end) {
    var a = start, lo = Math.max(0, start - 140), b = end, hi = Math.min(src.length, end + 140), stop = /[.!?\n]/;
    while (a > lo && !stop.test(src[a - 1])) { a--; }
    while (b < hi && !stop.test(src[b])) { b++; }
    if (b < hi && src[b] !== "\n") { b++; }
    // An edit that is a sentence of its own (a stray word after a full stop) is shown with the one before.
    if (!/\S/.test(src.slice(a, start) + src.slice(end, b)) && a > lo && src[a - 1] !== "\n") {
      for (a--; a > lo && !stop.test(src[a - 1]); a--) { /* back to the previous sentence's start */ }
    }
    var before = src.slice(a, start).replace(/^\s+/, ""), after = src.slice(end, b);
    return [(a === lo && lo > 0 ? "\u2026" : "") + before, after + (b === hi && hi < src.length ? "\u2026" : "")];
  }

  function tableRow(fi, i) {
    var f = files[fi], e = f.edits[i], g = base[fi] + i, ws = blankOnly(e);
    var tr = el("tr");
    tr.dataset.g = String(g);
    tr.dataset.id = e.id;
    var box = el("input", "decide");
    box.type = "checkbox";
    box.setAttribute("aria-label", "accept edit " + e.index);
    tr.appendChild(el("td")).appendChild(box);
    tr.appendChild(el("td", "", e.line + ":" + e.column));
    var rule = tr.appendChild(el("td"));
    rule.appendChild(el("code", "", e.rule));
    rule.appendChild(document.createTextNode(" (" + e.category + ")"));
    var ctx = tr.appendChild(el("td", "ctx")), around = sentenceAround(f.source, e.start, e.end);
    plainText(ctx, around[0]);
    if (e.original) { appendEditText(ctx.appendChild(el("del")), e.original, ws); }
    if (e.replacement) { appendEditText(ctx.appendChild(el("ins")), e.replacement, ws); }
    plainText(ctx, around[1]);
    tr.appendChild(el("td", "", e.message));
    var x = els[g] || (els[g] = {});
    x.row = tr;
    x.box = box;
    paint(g);
    return [tr];
  }

  // ---- drawing in chunks: a sentinel at the end of a list draws the next chunk when it nears the screen
  // The files scroll inside <main>, so it is the observers' root (a margin on the window would not reach).
  var mainEl = $("files");
  var chunkObserver = new IntersectionObserver(function (entries) {
    entries.forEach(function (en) { if (en.isIntersecting && en.target.chunked) { en.target.chunked.more(); } });
  }, { root: mainEl, rootMargin: "800px" });

  function Chunked(parent, count, make, inTable) {
    this.parent = parent; this.count = count; this.make = make; this.done = 0;
    this.sentinel = el(inTable ? "tr" : "div", "more");
    this.label = inTable ? this.sentinel.appendChild(el("td")) : this.sentinel;
    if (inTable) { this.label.colSpan = 5; }
    this.sentinel.chunked = this;
    parent.appendChild(this.sentinel);
    this.more();
  }
  Chunked.prototype.more = function () {
    var stop = Math.min(this.count, this.done + CHUNK), frag = document.createDocumentFragment();
    for (; this.done < stop; this.done++) { this.make(this.done).forEach(function (n) { frag.appendChild(n); }); }
    this.parent.insertBefore(frag, this.sentinel);
    chunkObserver.unobserve(this.sentinel);
    if (this.done < this.count) {
      this.label.textContent = "drawing more as you scroll (" + this.done + " of " + this.count + ")";
      chunkObserver.observe(this.sentinel);
    } else {
      this.sentinel.remove();
    }
  };
  Chunked.prototype.ensure = function (n) { while (this.done <= n && this.done < this.count) { this.more(); } };

  // ---- one section per file with edits or flags, drawn when it nears the screen
  function drawFile(fi) {
    if (views[fi] || !sections[fi]) { return views[fi]; }
    var f = files[fi], sec = sections[fi], body = sec.querySelector(".body");
    sec.style.minHeight = "";
    var flags = (f.flags || f.untranslated || []).slice().sort(function (a, b) { return a.start - b.start || a.end - b.end; });
    var view = views[fi] = { par: paragraphs(f), flags: flags };
    body.appendChild(flagBoxes(f, flags));
    var panes = body.appendChild(el("div", "panes"));
    panes.appendChild(el("div", "h", "Source"));
    panes.appendChild(el("div", "h", "Repaired"));
    view.rows = new Chunked(panes, view.par.cuts.length - 1, function (q) { return paragraphRow(fi, view, q); }, false);
    if (f.edits.length) {
      var table = body.appendChild(el("table", "edits"));
      var head = table.appendChild(el("tr"));
      ["accept", "line:col", "rule", "the edit in its sentence", "why"].forEach(function (t) { head.appendChild(el("th", "", t)); });
      view.table = new Chunked(table, f.edits.length, function (i) { return tableRow(fi, i); }, true);
    }
    return view;
  }
  var FLAG_TITLES = {
    untranslated: "Untranslated passages (not changed)",
    transliteration: "Names spelt more than one way (not changed)",
    punctuation: "Punctuation to check (not changed)"
  };
  function flagBoxes(f, flags) {
    var frag = document.createDocumentFragment(), by = {};
    flags.forEach(function (fl) { (by[fl.category] = by[fl.category] || []).push(fl); });
    Object.keys(by).sort(function (a, b) {
      var ka = a in FLAG_TITLES ? 0 : 1, kb = b in FLAG_TITLES ? 0 : 1;
      return ka - kb || (a < b ? -1 : a > b ? 1 : 0);
    }).forEach(function (cat) {
      var box = frag.appendChild(el("div", "flags"));
      box.appendChild(el("strong", "", FLAG_TITLES[cat] || "Flagged: " + cat + " (not changed)"));
      var ul = box.appendChild(el("ul"));
      by[cat].forEach(function (fl) {
        var li = ul.appendChild(el("li", "", "line " + fl.line + ": " + fl.message + " \u2014 "));
        li.appendChild(el("q", "", f.source.slice(fl.start, fl.end).slice(0, 160)));
        if (isSuggestion(fl)) {
          var label = li.appendChild(el("label", "suggest"));
          var box = label.appendChild(el("input", "suggest"));
          box.type = "checkbox";
          box.dataset.id = fl.id;
          label.appendChild(document.createTextNode(" Accept suggestion \u201c" + fl.detail.suggestion + "\u201d"));
          (sugEls[fl.id] = sugEls[fl.id] || []).push(box);
          paintSuggestion(fl.id);
        }
      });
    });
    return frag;
  }
  var sectionObserver = new IntersectionObserver(function (entries) {
    entries.forEach(function (en) {
      if (en.isIntersecting) { sectionObserver.unobserve(en.target); drawFile(Number(en.target.dataset.file)); }
    });
  }, { root: mainEl, rootMargin: "600px" });

  function fileMeta(f) {
    var meta = [plural(f.edits.length, "edit")];
    Object.keys(f.counts.by_category).forEach(function (c) { meta.push(c + ": " + f.counts.by_category[c]); });
    var flags = (f.flags || f.untranslated || []).length;
    if (flags) { meta.push(plural(flags, "flagged passage")); }
    if (f.readability) {
      var b = f.readability.before, a = f.readability.after;
      meta.push("Flesch reading ease " + b.flesch_reading_ease + " \u2192 " + a.flesch_reading_ease +
        ", grade " + b.flesch_kincaid_grade + " \u2192 " + a.flesch_kincaid_grade);
    }
    return meta.join(" \u00b7 ");
  }

  function buildPage() {
    var main = $("files"), index = $("index-list"), frag = document.createDocumentFragment(), ifrag = document.createDocumentFragment();
    files.forEach(function (f, fi) {
      var nflags = (f.flags || f.untranslated || []).length, drawn = f.edits.length > 0 || nflags > 0;
      var li = el("li", drawn ? "" : "none");
      li.dataset.file = String(fi);
      if (drawn) {
        var go = li.appendChild(el("button", "go", f.path));
        go.type = "button";
        go.dataset.file = String(fi);
      } else {
        li.appendChild(document.createTextNode(f.path));
      }
      li.counts = li.appendChild(el("span", "n"));
      indexItems.push(li);
      ifrag.appendChild(li);
      if (!drawn) { sections.push(null); return; }
      var sec = el("section", "file");
      sec.dataset.file = String(fi);
      sec.id = "file-" + fi;
      var h = sec.appendChild(el("h2", "", f.path));
      if (f.edits.length) {
        [["accept-file", "Accept file"], ["reject-file", "Reject file"]].forEach(function (b) {
          var btn = h.appendChild(el("button", b[0], b[1]));
          btn.type = "button";
          btn.dataset.file = String(fi);
          btn.setAttribute("title", b[1] + ": all " + plural(f.edits.length, "edit") + " of this file, whatever the filter shows");
        });
      }
      sec.appendChild(el("div", "meta", fileMeta(f)));
      sec.appendChild(el("div", "body"));
      var lines = 4;
      for (var p = f.source.indexOf("\n"); p !== -1 && lines < 40; p = f.source.indexOf("\n", p + 1)) { lines++; }
      sec.style.minHeight = lines * 1.6 + "em";  // a placeholder's height, so the scroll bar means something before drawing
      sections.push(sec);
      frag.appendChild(sec);
    });
    index.appendChild(ifrag);
    if (!frag.childNodes.length) { main.appendChild(el("p", "", files.length ? "No file has edits or flagged passages." : "No files.")); }
    main.appendChild(frag);
    sections.forEach(function (s) { if (s) { sectionObserver.observe(s); } });
  }

  // ---- filters
  var catOn = {}, ruleOn = {}, fileText = "";
  function tally(key) {
    var out = {};
    files.forEach(function (f) { f.edits.forEach(function (e) { out[e[key]] = (out[e[key]] || 0) + 1; }); });
    return out;
  }
  function buildFilters() {
    var cats = tally("category"), rules = tally("rule");
    var cbox = $("categories");
    Object.keys(cats).sort().forEach(function (c) {
      catOn[c] = true;
      var label = cbox.appendChild(el("label"));
      var box = label.appendChild(el("input", "category"));
      box.type = "checkbox"; box.checked = true; box.value = c;
      label.appendChild(document.createTextNode(" " + c + " (" + cats[c] + ")"));
    });
    if (!Object.keys(cats).length) { cbox.appendChild(document.createTextNode("none")); }
    var list = $("rule-list");
    Object.keys(rules).sort().forEach(function (r) {
      ruleOn[r] = true;
      var li = list.appendChild(el("li")), label = li.appendChild(el("label"));
      var box = label.appendChild(el("input", "rule"));
      box.type = "checkbox"; box.checked = true; box.value = r;
      label.appendChild(document.createTextNode(" " + r + " (" + rules[r] + ")"));
      [["accept-rule", "accept all"], ["reject-rule", "reject all"]].forEach(function (b) {
        var btn = li.appendChild(el("button", b[0], b[1]));
        btn.type = "button"; btn.value = r;
        btn.setAttribute("title", b[1] + " " + plural(rules[r], "edit") + " of " + r + ", whatever the filter shows");
      });
    });
    $("rule-count").textContent = String(Object.keys(rules).length);
  }
  function refilter() {
    var match = files.map(function (f) { return !fileText || f.path.toLowerCase().indexOf(fileText) !== -1; });
    nVis = 0; nVisRej = 0; fileVis.fill(0);
    var n = 0;
    for (var g = 0; g < total; g++) {
      var fi = fileOf[g], e = files[fi].edits[g - base[fi]];
      var v = match[fi] && catOn[e.category] && ruleOn[e.rule] ? 1 : 0;
      vis[g] = v;
      if (v) { orderBuf[n++] = g; nVis++; fileVis[fi]++; if (rej[g]) { nVisRej++; } }
      if (els[g]) { paint(g); }
    }
    order = orderBuf.subarray(0, n);
    files.forEach(function (f, fi) {
      var shown = match[fi] && (f.edits.length === 0 || fileVis[fi] > 0 || (f.flags || f.untranslated || []).length > 0);
      if (sections[fi]) { sections[fi].hidden = !shown; }
      indexItems[fi].classList.toggle("filtered-out", !shown);
      dirty.add(fi);
    });
    if (cur >= 0 && !vis[cur]) { setCurrent(-1); }
    if (curFile >= 0 && sections[curFile] && sections[curFile].hidden) { setFile(-1); }
    refresh();
  }

  // ---- decisions
  function paint(g) {
    var x = els[g], r = rej[g] === 1, hid = vis[g] === 0;
    if (x.src) {
      [x.src, x.out].forEach(function (s) { s.classList.toggle("rejected", r); s.classList.toggle("filtered", hid); });
      var e = edit(g);
      x.src.setAttribute("title", e.rule + (r ? ": rejected" : ": accepted") + (hid ? " (hidden by the filter)" : ""));
    }
    if (x.row) { x.row.hidden = hid; x.row.classList.toggle("rejected", r); x.box.checked = !r; }
  }
  function decide(g, reject) {
    var v = reject ? 1 : 0;
    if (rej[g] === v) { return; }
    rej[g] = v;
    var d = v ? 1 : -1, fi = fileOf[g];
    nRej += d; fileRej[fi] += d;
    if (vis[g]) { nVisRej += d; }
    if (els[g]) { paint(g); }
    dirty.add(fi);
  }
  function paintSuggestion(id) {
    var on = acc.has(id);
    (sugEls[id] || []).forEach(function (n) {
      if (n.tagName === "INPUT") { n.checked = on; } else {
        n.classList.toggle("accepted", on);
        n.setAttribute("aria-label", on ? "suggestion accepted" : "suggestion not accepted");
      }
    });
  }
  function suggest(id, on) {
    if (on) { acc.add(id); } else { acc.delete(id); }
    paintSuggestion(id);
  }
  function refresh() {
    $("count-suggestions").textContent = String(acc.size);
    $("count-accepted").textContent = String(total - nRej);
    $("count-rejected").textContent = String(nRej);
    $("count-shown").textContent = String(nVis);
    var hidden = total - nVis, hidRej = nRej - nVisRej;
    $("count-hidden").textContent = String(hidden);
    $("count-hidden-accepted").textContent = String(hidden - hidRej);
    $("count-hidden-rejected").textContent = String(hidRej);
    $("hidden-note").hidden = hidden === 0;
    dirty.forEach(function (fi) {
      var f = files[fi], n = f.edits.length, fl = (f.flags || f.untranslated || []).length, li = indexItems[fi];
      var parts = [n ? plural(n, "edit") + ", " + fileRej[fi] + " rejected" : "no edits"];
      if (n && fileVis[fi] !== n) { parts.push(fileVis[fi] + " shown"); }
      if (fl) { parts.push(plural(fl, "flag")); }
      li.counts.textContent = parts.join(" \u00b7 ");
    });
    dirty.clear();
    showCurrent();
  }
  function done() { refresh(); save(); }
  function decideRange(from, to, reject, test) {
    for (var g = from; g < to; g++) { if (!test || test(g)) { decide(g, reject); } }
    done();
  }
  function decideShown(reject) { for (var k = 0; k < order.length; k++) { decide(order[k], reject); } done(); }

  // ---- kept across reloads, per report
  var storeKey = "normalize-review:" + reportKey;
  function status(text, bad) { var s = $("status"); s.textContent = text; s.classList.toggle("error", !!bad); }
  function save() {
    try {
      var out = [];
      for (var g = 0; g < total; g++) { if (rej[g]) { out.push(g); } }
      if (out.length || acc.size) {
        localStorage.setItem(storeKey, JSON.stringify({ rejected: out, suggestions: Array.from(acc) }));
      } else { localStorage.removeItem(storeKey); }
    } catch (err) {
      status("decisions are not kept across a reload here: " + err.message, true);
    }
  }
  function restore() {
    var saved;
    try { saved = JSON.parse(localStorage.getItem(storeKey) || "null"); } catch (err) { saved = null; }
    if (!saved || !Array.isArray(saved.rejected)) { return; }
    saved.rejected.forEach(function (g) { if (g >= 0 && g < total && g === Math.floor(g)) { decide(g, true); } });
    var known = new Set(sugOrder.map(function (s) { return s.id; }));
    (Array.isArray(saved.suggestions) ? saved.suggestions : []).forEach(function (id) { if (known.has(id)) { suggest(id, true); } });
    var sugNote = acc.size ? " and " + plural(acc.size, "accepted suggestion") : "";
    status("restored " + plural(nRej, "rejected edit") + sugNote + " from an earlier visit");
  }

  // ---- the decisions file normalize apply reads (version 2: edits named by id)
  function decisions() {
    return {
      tool: "normalize-decisions",
      version: 2,
      files: files.map(function (f, fi) {
        var ids = [];
        for (var i = 0; i < f.edits.length; i++) { if (rej[base[fi] + i]) { ids.push(f.edits[i].id); } }
        var taken = (f.flags || []).filter(function (fl) { return isSuggestion(fl) && acc.has(fl.id); });
        var out = { path: f.path, source_sha256: f.source_sha256, rejected_ids: ids };
        if (taken.length) { out.accepted_suggestions = taken.map(function (fl) { return fl.id; }); }  // optional in the contract
        return out;
      })
    };
  }
  function importDecisions(doc) {
    if (!doc || doc.tool !== "normalize-decisions" || doc.version !== 2 || !Array.isArray(doc.files)) {
      throw new Error("not a decisions file of version 2 (export the decisions again from the page)");
    }
    var byKey = {};
    files.forEach(function (f, fi) { (byKey[f.path + "\u001f" + f.source_sha256] = byKey[f.path + "\u001f" + f.source_sha256] || []).push(fi); });
    var matched = 0, strangers = 0, unknownIds = 0, taken = {};
    doc.files.forEach(function (d) {
      var key = d.path + "\u001f" + d.source_sha256, list = byKey[key] || [];
      var fi = list[taken[key] || 0];
      if (fi === undefined) { strangers++; return; }
      taken[key] = (taken[key] || 0) + 1;
      var ids = new Set(Array.isArray(d.rejected_ids) ? d.rejected_ids : []), seen = 0;
      files[fi].edits.forEach(function (e, i) { var r = ids.has(e.id); if (r) { seen++; } decide(base[fi] + i, r); });
      unknownIds += ids.size - seen;
      var sugs = new Set(Array.isArray(d.accepted_suggestions) ? d.accepted_suggestions : []);
      (files[fi].flags || []).forEach(function (fl) {
        if (isSuggestion(fl)) { var on = sugs.has(fl.id); sugs.delete(fl.id); suggest(fl.id, on); }
      });
      unknownIds += sugs.size;
      matched++;
    });
    done();
    var note = "imported decisions for " + plural(matched, "file") + ": " + plural(nRej, "rejected edit") +
      (acc.size ? ", " + plural(acc.size, "accepted suggestion") : "");
    if (strangers) { note += "; " + plural(strangers, "file") + " not in this report (or changed since)"; }
    if (unknownIds) { note += "; " + plural(unknownIds, "id") + " not in this report"; }
    status(note, strangers > 0 || unknownIds > 0);
  }

  // ---- keyboard review
  function lowerBound(g) {
    var lo = 0, hi = order.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (order[mid] < g) { lo = mid + 1; } else { hi = mid; } }
    return lo;
  }
  function reveal(g) {
    var fi = fileOf[g], view = drawFile(fi), i = g - base[fi];
    view.rows.ensure(view.par.seg[i]);
    if (view.table) { view.table.ensure(i); }
  }
  function setCurrent(g) {
    if (cur >= 0 && els[cur]) { var old = els[cur]; [old.src, old.out, old.row].forEach(function (n) { if (n) { n.classList.remove("active"); } }); }
    cur = g;
    if (g >= 0) {
      reveal(g);
      var x = els[g];
      [x.src, x.out, x.row].forEach(function (n) { if (n) { n.classList.add("active"); } });
      setFile(fileOf[g]);
      x.src.scrollIntoView({ block: "center" });
    }
    showCurrent();
  }
  function setFile(fi) {
    if (curFile >= 0) { indexItems[curFile].classList.remove("current"); }
    curFile = fi;
    if (fi >= 0) { indexItems[fi].classList.add("current"); }
  }
  function showCurrent() {
    var box = $("current");
    if (cur < 0) { box.textContent = ""; return; }
    var e = edit(cur), k = lowerBound(cur);
    box.textContent = "edit " + (k + 1) + " of " + order.length + " shown: " + files[fileOf[cur]].path + ":" + e.line + ":" + e.column +
      " " + e.rule + " \u2014 " + (rej[cur] ? "rejected" : "accepted");
  }
  function step(d) {
    if (!order.length) { return; }
    var k;
    if (cur < 0 && curFile >= 0) {  // after n/p onto a file: from that file's start
      k = lowerBound(base[curFile]) - (d > 0 ? 0 : 1);
    } else if (cur < 0) { k = d > 0 ? 0 : order.length - 1; } else {
      k = lowerBound(cur);
      k = d > 0 ? (order[k] === cur ? k + 1 : k) : k - 1;
    }
    if (k >= 0 && k < order.length) { setCurrent(order[k]); }
  }
  function nextFile(d) {
    // The next file the filter shows: its first edit, or the file itself when it has only flags.
    var fi = curFile >= 0 ? curFile : (d > 0 ? -1 : files.length);
    for (fi += d; fi >= 0 && fi < files.length; fi += d) {
      if (!sections[fi] || sections[fi].hidden) { continue; }
      if (fileVis[fi] > 0) { setCurrent(order[lowerBound(base[fi])]); return; }
      setCurrent(-1);
      setFile(fi);
      drawFile(fi);
      sections[fi].scrollIntoView({ block: "start" });
      return;
    }
  }
  function decideCurrent(reject) {
    if (cur < 0) { step(1); return; }
    decide(cur, reject);
    done();
    step(1);
  }
  function nextSuggestion() {
    // Focus the next suggestion's "Accept" box (space ticks it), drawing its file first.
    if (!sugOrder.length) { return; }
    sugCur = (sugCur + 1) % sugOrder.length;
    var s = sugOrder[sugCur];
    drawFile(s.fi);
    setFile(s.fi);
    var box = (sugEls[s.id] || []).filter(function (n) { return n.tagName === "INPUT"; })[0];
    if (box) { box.focus(); box.scrollIntoView({ block: "center" }); }
  }
  var KEYS = { s: nextSuggestion, j: function () { step(1); }, k: function () { step(-1); }, a: function () { decideCurrent(false); },
    r: function () { decideCurrent(true); }, n: function () { nextFile(1); }, p: function () { nextFile(-1); } };
  document.addEventListener("keydown", function (ev) {
    var t = ev.target;
    if (ev.ctrlKey || ev.metaKey || ev.altKey) { return; }
    if (t && (t.tagName === "TEXTAREA" || t.tagName === "SELECT" || (t.tagName === "INPUT" && t.type !== "checkbox"))) { return; }
    var act = KEYS[ev.key];
    if (act) { ev.preventDefault(); act(); }
  });

  // ---- wiring, by delegation so that nothing is attached per edit
  var tip = $("tip");
  function editTarget(node) { return node && node.closest ? node.closest(".edit") : null; }
  function showTip(span) {
    var e = edit(Number(span.dataset.g));
    tip.textContent = e.rule + " (" + e.category + "): " + e.message;
    var r = span.getBoundingClientRect();
    tip.style.left = Math.max(4, r.left) + "px";
    tip.style.top = (r.bottom + 6) + "px";
    tip.style.display = "block";
  }
  function hideTip() { tip.style.display = "none"; }
  mainEl.addEventListener("mouseover", function (ev) { var s = editTarget(ev.target); if (s) { showTip(s); } });
  mainEl.addEventListener("mouseout", function (ev) { if (editTarget(ev.target)) { hideTip(); } });
  mainEl.addEventListener("focusin", function (ev) { var s = editTarget(ev.target); if (s) { showTip(s); } });
  mainEl.addEventListener("focusout", hideTip);
  mainEl.addEventListener("click", function (ev) {
    var s = editTarget(ev.target), b = ev.target.closest("button");
    if (s) { var g = Number(s.dataset.g); decide(g, !rej[g]); done(); return; }
    if (b && (b.classList.contains("accept-file") || b.classList.contains("reject-file"))) {
      var fi = Number(b.dataset.file);
      decideRange(base[fi], base[fi] + files[fi].edits.length, b.classList.contains("reject-file"));
    }
  });
  mainEl.addEventListener("keydown", function (ev) {
    var s = editTarget(ev.target);
    if (s && (ev.key === "Enter" || ev.key === " ")) { ev.preventDefault(); s.click(); }
  });
  mainEl.addEventListener("change", function (ev) {
    var t = ev.target;
    if (t.classList.contains("decide")) { decide(Number(t.closest("tr").dataset.g), !t.checked); done(); }
    if (t.classList.contains("suggest")) { suggest(t.dataset.id, t.checked); done(); }
  });
  $("filters").addEventListener("change", function (ev) {
    var t = ev.target;
    if (t.classList.contains("category")) { catOn[t.value] = t.checked; refilter(); }
    if (t.classList.contains("rule")) { ruleOn[t.value] = t.checked; refilter(); }
  });
  $("rule-list").addEventListener("click", function (ev) {
    var b = ev.target.closest("button");
    if (!b) { return; }
    var rule = b.value;
    decideRange(0, total, b.classList.contains("reject-rule"), function (g) { return edit(g).rule === rule; });
  });
  $("filter-file").addEventListener("input", function (ev) { fileText = ev.target.value.trim().toLowerCase(); refilter(); });
  $("index-list").addEventListener("click", function (ev) {
    var b = ev.target.closest("button.go");
    if (!b) { return; }
    var fi = Number(b.dataset.file);
    drawFile(fi);
    var first = lowerBound(base[fi]);
    if (fileVis[fi] > 0 && first < order.length) { setCurrent(order[first]); } else {
      setCurrent(-1);
      setFile(fi);
      sections[fi].scrollIntoView({ block: "start" });
    }
  });
  $("accept-all").addEventListener("click", function () { decideShown(false); });
  $("reject-all").addEventListener("click", function () { decideShown(true); });
  $("export").addEventListener("click", function () {
    var blob = new Blob([JSON.stringify(decisions(), null, 2) + "\n"], { type: "application/json" });
    var a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = "decisions.json";
    document.body.appendChild(a);
    a.click();
    a.remove();
  });
  $("import").addEventListener("change", function (ev) {
    var file = ev.target.files[0];
    if (!file) { return; }
    var reader = new FileReader();
    reader.onload = function () {
      try { importDecisions(JSON.parse(String(reader.result))); } catch (err) { status(file.name + ": " + err.message, true); }
      ev.target.value = "";
    };
    reader.readAsText(file);
  });

  window.normalizeDecisions = decisions;
  buildFilters();
  buildPage();
  files.forEach(function (f, fi) { dirty.add(fi); });
  restore();
  refresh();
  document.documentElement.dataset.ready = "1";
})();
