// The CSV import's progress (ADR 035): htmx reports the upload's progress; once the file is sent, the bar
// turns indeterminate while the server checks and records it. Without JavaScript the form posts as it is.
document.addEventListener("DOMContentLoaded", () => {
    const form = document.getElementById("import-form");
    const box = document.getElementById("import-progress");
    const bar = document.getElementById("import-progress-bar");
    const label = document.getElementById("import-progress-label");
    if (!form || !box || !bar || !label) {
        return;
    }
    form.addEventListener("htmx:beforeRequest", () => {
        box.hidden = false;
        bar.value = 0;
        bar.max = 100;
        label.textContent = label.dataset.uploading;
    });
    form.addEventListener("htmx:xhr:progress", (event) => {
        const detail = event.detail;
        if (detail && detail.lengthComputable && detail.total > 0) {
            bar.value = Math.round((detail.loaded * 100) / detail.total);
            if (detail.loaded >= detail.total) {
                bar.removeAttribute("value");
                label.textContent = label.dataset.processing;
            }
        }
    });
    form.addEventListener("htmx:afterRequest", () => {
        box.hidden = true;
    });
});
