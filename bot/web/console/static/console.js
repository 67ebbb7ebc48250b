// Live parts of the console: elements with data-poll="URL" are refreshed from URL
// every few seconds (server-rendered, escaped HTML fragments), without a page reload.
(function () {
  "use strict";
  const PERIOD_MS = 4000;
  function refresh(el) {
    fetch(el.dataset.poll, { credentials: "same-origin", headers: { "X-Requested-With": "fetch" } })
      .then((r) => (r.ok && !r.redirected ? r.text() : Promise.reject(r.status)))
      .then((html) => {
        if (el.dataset.last !== html) {
          const atBottom = el.scrollTop + el.clientHeight >= el.scrollHeight - 8;
          el.innerHTML = html;
          el.dataset.last = html;
          if (el.dataset.stick !== undefined && atBottom) el.scrollTop = el.scrollHeight;
        }
      })
      .catch(() => {});
  }
  document.querySelectorAll("[data-poll]").forEach((el) => {
    if (el.dataset.stick !== undefined) el.scrollTop = el.scrollHeight;
    setInterval(() => refresh(el), PERIOD_MS);
  });
  document.querySelectorAll("form[data-confirm]").forEach((form) => {
    form.addEventListener("submit", (e) => { if (!confirm(form.dataset.confirm)) e.preventDefault(); });
  });
  document.querySelectorAll("form").forEach((form) => {  // one submit per click
    form.addEventListener("submit", () => {
      form.querySelectorAll("button[type=submit]").forEach((b) => setTimeout(() => (b.disabled = true), 0));
    });
  });
})();
