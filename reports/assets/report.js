/* claimaudit report: filters, keyboard tooltips and table sorting. No network, no eval,
   no innerHTML: the page only shows, hides and reorders what the server-side template wrote. */
(function () {
  "use strict";
  var RANK = { critical: 0, high: 1, medium: 2, low: 3, none: 4 };

  function checked(name) {
    var values = {};
    var boxes = document.querySelectorAll('#filters input[name="' + name + '"]');
    for (var i = 0; i < boxes.length; i++) { if (boxes[i].checked) { values[boxes[i].value] = true; } }
    return { values: values, any: boxes.length > 0 };
  }

  function passes(element, filter) {
    var sev = element.getAttribute("data-severity");
    var assertion = element.getAttribute("data-assertion");
    var jurisdictions = (element.getAttribute("data-jurisdictions") || "").split(" ").filter(Boolean);
    if (!filter.severity.values[sev]) { return false; }
    if (filter.category.any && !filter.category.values[element.getAttribute("data-category")]) { return false; }
    if (filter.assertion.any && !filter.assertion.values[assertion]) { return false; }
    if (!filter.showMuted && assertion !== "asserted") { return false; }
    if (filter.jurisdiction.any && jurisdictions.length) {
      var hit = jurisdictions.some(function (j) { return filter.jurisdiction.values[j]; });
      if (!hit) { return false; }
    }
    return true;
  }

  function apply() {
    var muted = document.getElementById("show-muted");
    var filter = {
      severity: checked("severity"), category: checked("category"), assertion: checked("assertion"),
      jurisdiction: checked("jurisdiction"), showMuted: muted ? muted.checked : true
    };
    document.body.classList.toggle("hide-muted", !filter.showMuted);
    var shown = 0;
    var rows = document.querySelectorAll("tr.claim-row");
    for (var r = 0; r < rows.length; r++) {
      var ok = passes(rows[r], filter);
      rows[r].classList.toggle("off", !ok);
      if (ok) { shown++; }
    }
    var marks = document.querySelectorAll("mark.claim");
    for (var m = 0; m < marks.length; m++) {
      var mark = marks[m];
      var worst = null;
      var items = mark.querySelectorAll(".tip-claim");
      for (var k = 0; k < items.length; k++) {
        var visible = passes(items[k], filter);
        items[k].classList.toggle("off", !visible);
        if (visible) {
          var sev = items[k].getAttribute("data-severity");
          if (worst === null || RANK[sev] < RANK[worst]) { worst = sev; }
        }
        var findings = items[k].querySelectorAll(".tip-finding");
        for (var f = 0; f < findings.length; f++) {
          var j = findings[f].getAttribute("data-jurisdiction");
          findings[f].classList.toggle("off", filter.jurisdiction.any && j !== "" && !filter.jurisdiction.values[j]);
        }
      }
      mark.classList.toggle("off", worst === null);
      mark.setAttribute("tabindex", worst === null ? "-1" : "0");
      for (var name in RANK) { mark.classList.remove("sev-" + name); }
      mark.classList.add("sev-" + (worst === null ? mark.getAttribute("data-severity") : worst));
    }
    var note = document.getElementById("shown");
    if (note) { note.textContent = shown + " of " + rows.length + " claims shown."; }
  }

  var form = document.getElementById("filters");
  if (form) {
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    apply();
  }

  // Esc closes an open tooltip; it opens again on the next focus or hover.
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") { return; }
    var open = document.activeElement && document.activeElement.closest ? document.activeElement.closest("mark.claim") : null;
    if (open) { open.classList.add("closed"); }
  });
  document.addEventListener("focusin", function (event) {
    var mark = event.target.closest ? event.target.closest("mark.claim") : null;
    if (mark) { mark.classList.remove("closed"); }
  });
  document.addEventListener("mouseover", function (event) {
    var mark = event.target.closest ? event.target.closest("mark.claim") : null;
    if (mark) { mark.classList.remove("closed"); }
  });

  // Sortable tables: a button in each header; numbers sort as numbers.
  var tables = document.querySelectorAll("table.sortable");
  for (var t = 0; t < tables.length; t++) {
    (function (table) {
      var headers = table.querySelectorAll("th");
      for (var h = 0; h < headers.length; h++) {
        (function (th, column) {
          var button = th.querySelector("button");
          if (!button) { return; }
          button.addEventListener("click", function () {
            var ascending = th.getAttribute("aria-sort") !== "ascending";
            for (var o = 0; o < headers.length; o++) { headers[o].removeAttribute("aria-sort"); }
            th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
            var body = table.tBodies[0];
            var rows = Array.prototype.slice.call(body.rows);
            rows.sort(function (a, b) {
              var x = a.cells[column].getAttribute("data-sort") || a.cells[column].textContent;
              var y = b.cells[column].getAttribute("data-sort") || b.cells[column].textContent;
              var nx = parseFloat(x), ny = parseFloat(y);
              var order = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
              return ascending ? order : -order;
            });
            rows.forEach(function (row) { body.appendChild(row); });
          });
        })(headers[h], h);
      }
    })(tables[t]);
  }
})();
