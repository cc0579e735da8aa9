// The comparison page: columns can be hidden and ordered by a row, and the page printed. Without this
// script every column is shown in the order the server gives, which reads fully; the controls stay hidden.
(function () {
  function table() {
    return document.getElementById("comparison-table");
  }

  function setUp() {
    var controls = document.getElementById("column-controls");
    if (!controls || !table() || controls.dataset.ready) {
      return;
    }
    controls.dataset.ready = "true";
    controls.hidden = false;
    controls.querySelectorAll("input[data-hide-column]").forEach(function (box) {
      box.addEventListener("change", function () {
        var key = box.getAttribute("data-hide-column");
        table().querySelectorAll("[data-column='" + key + "']").forEach(function (cell) {
          cell.classList.toggle("column-hidden", !box.checked);
        });
      });
    });
    var sort = document.getElementById("sort-columns");
    var original = Array.prototype.map.call(table().querySelectorAll("thead th[data-column]"), function (th) {
      return th.getAttribute("data-column");
    });
    sort.addEventListener("change", function () {
      var option = sort.options[sort.selectedIndex];
      var order = original.slice();
      if (sort.value) {
        var row = table().querySelector("tr[data-row='" + sort.value + "']");
        var value = function (key) {
          var cell = row && row.querySelector("td[data-column='" + key + "']");
          var text = cell && cell.getAttribute("data-value");
          return text === null || text === undefined || text === "" ? null : parseFloat(text);
        };
        var descending = option.getAttribute("data-order") === "desc";
        order.sort(function (a, b) {
          var va = value(a);
          var vb = value(b);
          if (va === null && vb === null) { return original.indexOf(a) - original.indexOf(b); }
          if (va === null) { return 1; }
          if (vb === null) { return -1; }
          return descending ? vb - va : va - vb;
        });
      }
      table().querySelectorAll("tr").forEach(function (tr) {
        order.forEach(function (key) {
          var cell = tr.querySelector(":scope > [data-column='" + key + "']");
          if (cell) {
            tr.appendChild(cell);
          }
        });
      });
    });
  }

  document.addEventListener("DOMContentLoaded", setUp);
  document.addEventListener("htmx:afterSettle", setUp);
  document.addEventListener("click", function (event) {
    if (event.target.closest("#column-controls [data-print]")) {
      window.print();
    }
  });
})();
