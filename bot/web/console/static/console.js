// Live parts of the console: elements with data-poll="URL" are refreshed from URL
// every few seconds (server-rendered, escaped HTML fragments), without a page reload.
// New escalations for this seller (or for anyone) raise a browser notification and a
// count in the tab's title; the browser's time zone is sent as the `tz` cookie.
(function () {
  "use strict";
  const PERIOD_MS = 4000;
  const TITLE = document.title;
  const SEEN = "mostrador.alerts.seen";
  const ASKED = "mostrador.notifications.asked";

  // Time zone: the user's setting wins on the server; else the browser's, sent once.
  try {
    const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const current = (document.cookie.match(/(?:^|; )tz=([^;]*)/) || [])[1];
    if (tz && /^[A-Za-z0-9_+\/-]+$/.test(tz) && current !== tz) {  // IANA names need no quoting
      document.cookie = "tz=" + tz + "; path=/console; max-age=31536000; SameSite=Lax";
      if (document.body.dataset.tzKnown === "0" && !sessionStorage.getItem("mostrador.tz.reloaded")) {
        sessionStorage.setItem("mostrador.tz.reloaded", "1");
        location.reload();  // once: this page was written in UTC
      }
    }
  } catch (e) { /* no Intl: times stay in UTC */ }

  // Notifications: permission asked once per browser, at the first click on a page.
  const canNotify = "Notification" in window;
  const notifyButton = document.getElementById("notify");
  function ask() {
    if (!canNotify || Notification.permission !== "default" || localStorage.getItem(ASKED)) return;
    localStorage.setItem(ASKED, "1");
    Promise.resolve(Notification.requestPermission()).finally(() => { if (notifyButton) notifyButton.hidden = true; });
  }
  if (canNotify && Notification.permission === "default" && notifyButton) {
    notifyButton.hidden = false;
    notifyButton.addEventListener("click", () => { localStorage.removeItem(ASKED); ask(); });
  }
  document.addEventListener("click", ask, { once: true });

  function alerts(root) {
    return Array.from(root.querySelectorAll("[data-alert]")).map((el) => ({
      key: el.dataset.alert, title: el.dataset.title, body: el.dataset.body,
    }));
  }
  function announce(root, first) {
    const found = alerts(root);
    document.title = found.length ? "(" + found.length + ") " + TITLE : TITLE;
    const raw = sessionStorage.getItem(SEEN);
    const seen = new Set(raw ? JSON.parse(raw) : []);
    const fresh = found.filter((a) => !seen.has(a.key));
    found.forEach((a) => seen.add(a.key));
    sessionStorage.setItem(SEEN, JSON.stringify(Array.from(seen).slice(-500)));
    if ((first && raw === null) || !canNotify || Notification.permission !== "granted") return;
    fresh.forEach((a) => {
      try { new Notification("Needs a person: " + a.title, { body: a.body, tag: a.key }); } catch (e) { /* page hidden or blocked */ }
    });
  }

  function refresh(el) {
    fetch(el.dataset.poll, { credentials: "same-origin", headers: { "X-Requested-With": "fetch" } })
      .then((r) => (r.ok && !r.redirected ? r.text() : Promise.reject(r.status)))
      .then((html) => {
        if (el.dataset.last !== html) {
          const atBottom = el.scrollTop + el.clientHeight >= el.scrollHeight - 8;
          el.innerHTML = html;
          el.dataset.last = html;
          if (el.dataset.stick !== undefined && atBottom) el.scrollTop = el.scrollHeight;
          if (el.id === "queue") announce(el, false);
        }
      })
      .catch(() => {});
  }
  const list = document.getElementById("queue");
  if (list) announce(list, true);
  document.querySelectorAll("[data-poll]").forEach((el) => {
    if (el.dataset.stick !== undefined) el.scrollTop = el.scrollHeight;
    // A tab in the background keeps only the list fresh (for its notifications).
    setInterval(() => { if (!document.hidden || el.id === "queue") refresh(el); }, PERIOD_MS);
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
