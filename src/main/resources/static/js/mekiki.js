// Sends the CSRF token with every htmx request; pages carry it in two meta tags.
document.addEventListener("htmx:configRequest", function (event) {
  var header = document.querySelector('meta[name="csrf-header"]');
  var token = document.querySelector('meta[name="csrf-token"]');
  if (header && token && header.content && token.content) {
    event.detail.headers[header.content] = token.content;
  }
});
