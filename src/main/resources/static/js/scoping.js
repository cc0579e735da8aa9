// "What applies to us": the print button prints the result (the print style sheet leaves the form out).
// A delegated listener, because the result with its button is replaced on every re-evaluation.
document.addEventListener("click", function (event) {
  if (event.target.closest("[data-print]")) {
    window.print();
  }
});
