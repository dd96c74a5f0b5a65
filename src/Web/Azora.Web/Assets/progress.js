// Long operations show that they are under way. A form marked data-pending="Paying…" is marked busy when sent, its
// button says what is happening and a second click sends nothing more. A link marked data-download fetches its file
// with the button-like text "Preparing the download…" and says in words if that fails. Without script the form posts
// and the link downloads as usual.
(() => {
  document.addEventListener("submit", (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.dataset.pending) return;
    if (form.getAttribute("aria-busy") === "true") { event.preventDefault(); return; }
    form.setAttribute("aria-busy", "true");
    const button = event.submitter || form.querySelector("button[type=submit], button:not([type])");
    if (button) {
      button.dataset.idleText = button.textContent;
      button.textContent = form.dataset.pending;
      button.setAttribute("aria-disabled", "true");
    }
  });

  // Coming back to a page from the browser's history shows its forms ready again.
  window.addEventListener("pageshow", () => {
    document.querySelectorAll("form[aria-busy=true]").forEach((form) => {
      form.removeAttribute("aria-busy");
      form.querySelectorAll("[data-idle-text]").forEach((button) => {
        button.textContent = button.dataset.idleText;
        button.removeAttribute("aria-disabled");
      });
    });
  });

  document.addEventListener("click", async (event) => {
    const link = event.target instanceof Element ? event.target.closest("a[data-download]") : null;
    if (!link || event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    if (link.getAttribute("aria-busy") === "true") return;
    const status = document.getElementById(link.dataset.status);
    const idle = link.textContent;
    link.setAttribute("aria-busy", "true");
    link.textContent = "Preparing the download…";
    if (status) status.textContent = "";
    try {
      const response = await fetch(link.href, { credentials: "same-origin" });
      if (!response.ok) throw new Error(await response.text() || "The file could not be prepared.");
      const file = URL.createObjectURL(await response.blob());
      const save = Object.assign(document.createElement("a"), { href: file, download: link.dataset.download });
      document.body.append(save);
      save.click();
      save.remove();
      setTimeout(() => URL.revokeObjectURL(file), 10000);
      if (status) status.textContent = "Downloaded " + link.dataset.download + ".";
    } catch (error) {
      if (status) status.textContent = "The download did not work: " + error.message;
    } finally {
      link.textContent = idle;
      link.removeAttribute("aria-busy");
    }
  });
})();
