// The split page works without this file for the split itself; this adds dropping a file onto
// the form and publishing with the upload token (kept in sessionStorage, this tab only).
"use strict";
(function () {
  const TOKEN_KEY = "dispatchline.uploadToken";

  function wireDrop() {
    const drop = document.getElementById("drop");
    const file = document.getElementById("file");
    if (!drop || !file) {
      return;
    }
    drop.addEventListener("dragover", (event) => {
      event.preventDefault();
      drop.classList.add("over");
    });
    drop.addEventListener("dragleave", () => drop.classList.remove("over"));
    drop.addEventListener("drop", (event) => {
      event.preventDefault();
      drop.classList.remove("over");
      if (event.dataTransfer && event.dataTransfer.files.length > 0) {
        file.files = event.dataTransfer.files;
        document.getElementById("text").value = "";
        document.getElementById("split-form").requestSubmit();
      }
    });
  }

  function problemInWords(status, body) {
    try {
      const p = JSON.parse(body);
      return (p.title || "HTTP " + status) + " (HTTP " + (p.status || status) + ")" +
        (p.detail ? ": " + p.detail : "");
    } catch (e) {
      return "HTTP " + status;
    }
  }

  function wirePublish() {
    const box = document.getElementById("publish");
    const button = document.getElementById("publish-button");
    const token = document.getElementById("token");
    const result = document.getElementById("publish-result");
    if (!box || !button || !token) {
      return;
    }
    box.hidden = false;
    token.value = sessionStorage.getItem(TOKEN_KEY) || "";
    token.addEventListener("input", () => sessionStorage.setItem(TOKEN_KEY, token.value));
    button.addEventListener("click", async () => {
      const params = new URLSearchParams();
      const source = document.getElementById("source").value;
      const published = document.getElementById("published").value;
      if (source) {
        params.set("source", source);
      }
      if (published) {
        params.set("published", published);
      }
      const type = box.dataset.type === "html" ? "text/html" : "text/plain";
      result.textContent = "Publishing…";
      result.className = "";
      button.disabled = true;
      try {
        const response = await fetch("/documents" + (params.size ? "?" + params : ""), {
          method: "POST",
          headers: {
            "Content-Type": type + "; charset=UTF-8",
            Authorization: "Bearer " + token.value,
          },
          body: document.getElementById("text").value,
        });
        const body = await response.text();
        if (response.ok) {
          const r = JSON.parse(body);
          result.textContent = "Published " + r.count + " items as document " + r.documentId + ".";
          result.className = "done";
        } else {
          result.textContent = "Not published: " + problemInWords(response.status, body);
          result.className = "failed";
        }
      } catch (e) {
        result.textContent = "Not published: the service did not answer (" + e.message + ")";
        result.className = "failed";
      } finally {
        button.disabled = false;
      }
    });
  }

  wireDrop();
  wirePublish();
})();
