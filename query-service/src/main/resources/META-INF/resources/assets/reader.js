// The reader's page works without this file; it adds in-place paging and the live stream.
"use strict";
(function () {
  const results = document.getElementById("results");
  if (!results) {
    return;
  }

  // --- In-place paging: fetch the next page (the same server-rendered HTML) and append it. ---
  function wirePaging() {
    const next = document.getElementById("next-page");
    if (!next) {
      return;
    }
    next.addEventListener("click", async (event) => {
      event.preventDefault();
      const status = document.getElementById("paging-status");
      try {
        const response = await fetch(next.href, { headers: { Accept: "text/html" } });
        if (!response.ok) {
          throw new Error("HTTP " + response.status);
        }
        const page = new DOMParser().parseFromString(await response.text(), "text/html");
        const items = Array.from(page.querySelectorAll("#results > li"));
        const seen = new Set(Array.from(results.children).map((li) => li.dataset.id));
        let first = null;
        for (const li of items) {
          if (seen.has(li.dataset.id)) {
            continue;
          }
          const node = document.importNode(li, true);
          results.appendChild(node);
          first = first || node;
        }
        const nav = next.closest("nav");
        const newer = page.getElementById("next-page");
        if (newer) {
          next.href = newer.getAttribute("href");
        } else {
          nav.remove();
        }
        status.textContent = items.length + " more loaded";
        if (first) {
          const link = first.querySelector("a");
          if (link) {
            link.focus();
          }
        }
      } catch (e) {
        status.textContent = "The next page could not be loaded (" + e.message + ")";
        window.location.href = next.href;
      }
    });
  }

  // --- Live: the SSE stream with the page's filters; a dropped connection resumes after the
  // last event (the browser sends Last-Event-ID itself; a closed stream is reopened with it). ---
  function element(tag, className, text) {
    const e = document.createElement(tag);
    if (className) {
      e.className = className;
    }
    if (text) {
      e.textContent = text;
    }
    return e;
  }

  function liveItem(d) {
    const li = element("li", "result live-new");
    li.dataset.id = d.id;
    const h = element("h3");
    const a = element("a", null, d.headline || "(no headline)");
    a.href = "/read/" + encodeURIComponent(d.id);
    h.appendChild(a);
    li.appendChild(h);
    const meta = element("p", "meta");
    if (d.datelineText) {
      meta.appendChild(element("span", "dateline", d.datelineText));
    }
    if (d.date) {
      const t = element("time", null, d.date);
      t.setAttribute("datetime", d.date);
      meta.appendChild(t);
    }
    if (d.agency) {
      meta.appendChild(element("span", "agency", d.agency));
    }
    meta.appendChild(element("span", "kind", d.kind));
    li.appendChild(meta);
    if (d.body) {
      const flat = d.body.replace(/\s+/g, " ").trim();
      li.appendChild(element("p", "lead", flat.length > 240 ? flat.slice(0, 240) + "…" : flat));
    }
    return li;
  }

  function wireLive() {
    const control = document.getElementById("live-control");
    const box = document.getElementById("live");
    const status = document.getElementById("live-status");
    if (!control || !box || !window.EventSource) {
      return;
    }
    control.hidden = false;
    let source = null;
    let lastId = null;
    let retry = null;
    let count = 0;

    function open() {
      let url = control.dataset.stream;
      if (lastId) {
        url += (url.includes("?") ? "&" : "?") + "lastEventId=" + encodeURIComponent(lastId);
      }
      source = new EventSource(url);
      source.addEventListener("open", () => {
        status.textContent = "Live: connected";
        control.dataset.state = "connected";
      });
      source.addEventListener("dispatch", (event) => {
        lastId = event.lastEventId || lastId;
        const d = JSON.parse(event.data);
        const old = results.querySelector('li[data-id="' + CSS.escape(d.id) + '"]');
        if (old) {
          old.remove();
        }
        results.insertBefore(liveItem(d), results.firstChild);
        count += 1;
        status.textContent = "Live: " + count + " new";
      });
      source.addEventListener("error", () => {
        if (source.readyState === EventSource.CLOSED) {
          status.textContent = "Live: connection lost, retrying";
          control.dataset.state = "retrying";
          retry = setTimeout(open, 3000);
        } else {
          status.textContent = "Live: reconnecting";
          control.dataset.state = "reconnecting";
        }
      });
    }

    function close() {
      clearTimeout(retry);
      if (source) {
        source.close();
        source = null;
      }
      status.textContent = "Live: off";
      control.dataset.state = "off";
    }

    box.addEventListener("change", () => (box.checked ? open() : close()));
  }

  // --- The search form: leave empty fields out of the URL. ---
  function wireForm() {
    const form = document.querySelector("form.search");
    if (!form) {
      return;
    }
    form.addEventListener("submit", () => {
      for (const field of form.querySelectorAll("input, select")) {
        if (field.name && field.value === "") {
          field.disabled = true;
        }
      }
    });
  }

  wirePaging();
  wireLive();
  wireForm();
})();
