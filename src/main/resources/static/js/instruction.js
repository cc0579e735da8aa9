// Refuses, before uploading, files the server would refuse for their size or number, so that a large
// upload does not run for nothing. The server checks again: this only saves the user's time.
document.addEventListener("submit", function (event) {
  var form = event.target;
  if (!form.matches || !form.matches("form[data-max-bytes]")) {
    return;
  }
  var input = form.querySelector('input[type="file"]');
  var error = form.querySelector(".field-error");
  if (!input || !error) {
    return;
  }
  var max = Number(form.getAttribute("data-max-bytes"));
  var maxFiles = Number(form.getAttribute("data-max-files"));
  var message = "";
  if (input.files.length > maxFiles) {
    message = form.getAttribute("data-too-many");
  }
  for (var i = 0; i < input.files.length && !message; i++) {
    if (input.files[i].size > max) {
      message = form.getAttribute("data-too-large").replace("{0}", input.files[i].name);
    }
  }
  error.textContent = message;
  error.hidden = !message;
  if (message) {
    event.preventDefault();
    input.focus();
  }
});
