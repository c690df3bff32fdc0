// The side panel, the search box and the type filter of a regiokg network page.
// Every string from the data is set with textContent: nothing from a document becomes markup.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("rkg-data").textContent);
  var panel = document.getElementById("rkg-panel");
  var body = document.getElementById("rkg-panel-body");
  var search = document.getElementById("rkg-search");
  var found = document.getElementById("rkg-found");
  var SAFE_URL = /^(https?|file):/i;

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  function docLink(key) {
    var doc = data.docs[key] || {t: key, u: ""};
    var span = el("span");
    var a = el("a", doc.t);
    if (doc.u && SAFE_URL.test(doc.u)) {
      a.href = doc.u;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
    }
    span.appendChild(a);
    if (doc.d) span.appendChild(document.createTextNode(" (" + doc.d + ")"));
    return span;
  }

  function statement(key) {
    var s = data.stmts[key];
    var div = el("div", "", "stmt");
    div.appendChild(el("div", s.h, "head"));
    s.t.forEach(function (text) { div.appendChild(el("blockquote", "«" + text + "»")); });
    var src = el("div", "— ", "src");
    s.d.forEach(function (doc, i) {
      if (i) src.appendChild(document.createTextNode("; "));
      src.appendChild(docLink(doc));
    });
    div.appendChild(src);
    return div;
  }

  function show(id) {
    var item = data.nodes[id];
    if (!item) return;
    body.replaceChildren();
    body.appendChild(el("h2", item.l));
    body.appendChild(el("p", item.k, "kind"));
    if (item.f.length) {
      var table = el("table");
      item.f.forEach(function (pair) {
        var row = table.insertRow();
        row.appendChild(el("th", pair[0]));
        row.appendChild(el("td", pair[1]));
      });
      body.appendChild(table);
    }
    if (item.s.length) {
      body.appendChild(el("h3", "Statements and their sentences (" + (item.s.length + item.more) + ")"));
      item.s.forEach(function (key) { body.appendChild(statement(key)); });
      if (item.more) body.appendChild(el("p", "… and " + item.more + " more", "src"));
    }
    if (item.m.length) {
      body.appendChild(el("h3", item.mh));
      var list = el("ol");
      item.m.forEach(function (doc) {
        var li = el("li");
        li.appendChild(docLink(doc));
        list.appendChild(li);
      });
      body.appendChild(list);
    }
    shown = id;
    panel.hidden = false;
    panel.scrollTop = 0;
  }

  // The network narrows when the panel opens and widens when it closes: an untouched view is
  // fitted again; a view the reader has zoomed or moved only brings the node back into sight.
  var moved = false, shown;
  network.on("resize", function () {
    // after vis-network has restored its own view for the new size
    setTimeout(function () { refit(panel.hidden ? undefined : shown); }, 0);
  });
  network.on("zoom", function () { moved = true; });
  network.on("dragEnd", function (params) { if (!params.nodes.length) moved = true; });

  function refit(id) {
    if (!moved) {
      network.fit();
      return;
    }
    if (id === undefined) return;
    var at = network.canvasToDOM(network.getPositions([id])[id]);
    var box = document.getElementById("mynetwork").getBoundingClientRect();
    if (at.x < 20 || at.y < 20 || at.x > box.width - 20 || at.y > box.height - 20) {
      network.moveTo({position: network.getPositions([id])[id], animation: {duration: 300}});
    }
  }

  function hide() { panel.hidden = true; }

  function focusNode(id) {
    moved = true;
    network.selectNodes([id]);
    network.focus(id, {scale: Math.max(network.getScale(), 1.0), animation: {duration: 400}});
    show(id);
  }

  network.on("click", function (params) {
    if (params.nodes.length) show(params.nodes[0]);
    else if (!params.edges.length) hide();
  });
  document.getElementById("rkg-close").addEventListener("click", hide);
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") hide(); });

  // Search: matching nodes are selected as you type; Enter (or an exact name) focuses the first.
  var names = document.getElementById("rkg-names");
  function fullName(n) { return (data.nodes[n.id] || {}).l || n.label || ""; }
  Array.from(new Set(nodes.get().map(fullName))).sort().forEach(function (label) {
    var option = document.createElement("option");
    option.value = label;
    names.appendChild(option);
  });

  function matches(query) {
    var q = query.trim().toLowerCase();
    if (!q) return [];
    var hits = nodes.get({filter: function (n) { return !n.hidden && fullName(n).toLowerCase().includes(q); }});
    hits.sort(function (a, b) {
      var x = fullName(a).toLowerCase(), y = fullName(b).toLowerCase();
      return (x !== q) - (y !== q) || x.length - y.length || (x < y ? -1 : x > y ? 1 : 0);
    });
    return hits;
  }

  search.addEventListener("input", function () {
    var hits = matches(search.value);
    network.selectNodes(hits.map(function (n) { return n.id; }));
    found.textContent = search.value.trim() ? hits.length + " found" : "";
    if (hits.length && fullName(hits[0]).toLowerCase() === search.value.trim().toLowerCase()) focusNode(hits[0].id);
  });
  search.addEventListener("keydown", function (e) {
    if (e.key !== "Enter") return;
    var hits = matches(search.value);
    if (hits.length) focusNode(hits[0].id);
  });

  // Filter by type: a legend checkbox hides or shows every node of its kind (and their edges).
  document.querySelectorAll("#rkg-legend input[data-kind]").forEach(function (box) {
    box.addEventListener("change", function () {
      var kind = box.getAttribute("data-kind");
      var changed = nodes.get({filter: function (n) { return n.kind === kind; }}).map(function (n) {
        return {id: n.id, hidden: !box.checked};
      });
      nodes.update(changed);
    });
  });
})();
