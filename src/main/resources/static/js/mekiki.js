// Sends the CSRF token with every htmx request; pages carry it in two meta tags.
document.addEventListener("htmx:configRequest", function (event) {
  var header = document.querySelector('meta[name="csrf-header"]');
  var token = document.querySelector('meta[name="csrf-token"]');
  if (header && token && header.content && token.content) {
    event.detail.headers[header.content] = token.content;
  }
});

// After a refused submit the error summary at the top of the form takes the focus, so that the eye
// and a screen reader start there; its links move the focus to the field they name.
function focusErrorSummary(root) {
  var summary = root.querySelector("[data-error-summary]");
  if (summary) {
    summary.focus();
  }
}
document.addEventListener("DOMContentLoaded", function () {
  focusErrorSummary(document);
});
// Only after a submit: a live form that answers every change must not pull the focus away.
document.addEventListener("htmx:afterSettle", function (event) {
  var config = event.detail.requestConfig;
  if (config && config.triggeringEvent && config.triggeringEvent.type === "submit") {
    focusErrorSummary(document);
  }
});
document.addEventListener("click", function (event) {
  var link = event.target.closest("[data-error-summary] a[href^='#']");
  var field = link && document.getElementById(decodeURIComponent(link.getAttribute("href").slice(1)));
  if (field) {
    event.preventDefault();
    field.scrollIntoView({block: "center"});
    field.focus();
  }
});

// Enter in a part of a form that has its own button (data-enter-clicks names it) presses that button,
// not the form's default one: e.g. the name of an asset to add on the initiative form adds the asset.
document.addEventListener("keydown", function (event) {
  if (event.key !== "Enter" || event.isComposing || !event.target.matches("input")) {
    return;
  }
  var part = event.target.closest("[data-enter-clicks]");
  var button = part && part.querySelector(part.getAttribute("data-enter-clicks"));
  if (button) {
    event.preventDefault();
    button.click();
  }
});

// A part replaced in place (e.g. the assets of the initiative form) puts the eye where the answer is:
// the first refused field, else its confirmation.
document.addEventListener("htmx:afterSettle", function (event) {
  var config = event.detail.requestConfig;
  var part = document.getElementById("assets-field");
  if (!part || !config || !config.elt || config.elt.id !== "add-asset-button") {
    return;
  }
  var target = part.querySelector("[aria-invalid='true']") || part.querySelector("[data-asset-added]");
  if (target) {
    target.focus();
  }
});
