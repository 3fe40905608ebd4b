// In-page PDF viewer: <div data-pdf-viewer data-src="/api/v1/files/…"></div>, usually inside a
// <details>. The document is fetched only when the reader opens it (a closed preview costs
// nothing and counts no download); one page at a time, sharp on high-density screens, with
// previous/next, a page number to jump to, zoom and full screen, and arrow keys on the page.
import * as pdfjs from "pdfjs-dist";

pdfjs.GlobalWorkerOptions.workerSrc = new URL("./pdf.worker.min.mjs", import.meta.url).href;

const button = (text, action) => {
  const element = Object.assign(document.createElement("button"), { type: "button", textContent: text, className: "button button-small button-light" });
  element.dataset.action = action;
  return element;
};

// isEvalSupported: false — the Content-Security-Policy has no 'unsafe-eval', and pdf.js would
// otherwise probe for it (a CSP violation in the console) to compile fonts.
async function mount(host) {
  const bar = Object.assign(document.createElement("div"), { className: "pdf-bar" });
  const previous = button("上一页", "previous");
  const next = button("下一页", "next");
  const number = Object.assign(document.createElement("input"), { type: "number", min: 1, value: 1, className: "pdf-page" });
  number.setAttribute("aria-label", "页码");
  const label = document.createElement("span");
  label.setAttribute("aria-live", "polite");
  bar.append(previous, number, label, next, button("缩小", "out"), button("放大", "in"), button("全屏", "full"));
  const canvas = document.createElement("canvas");
  canvas.tabIndex = 0;
  canvas.setAttribute("role", "img");
  canvas.setAttribute("aria-label", "PDF 页面（正在载入）");
  host.replaceChildren(bar, canvas);

  let pdf;
  try {
    pdf = await pdfjs.getDocument({ url: host.dataset.src, withCredentials: true, isEvalSupported: false }).promise;
  } catch {
    host.replaceChildren(Object.assign(document.createElement("p"), { className: "error-text", textContent: "无法在页面中显示此文件，请下载后查看。" }));
    return;
  }
  number.max = pdf.numPages;
  let current = 1;
  let zoom = 1;
  let rendering = Promise.resolve();
  const show = () => (rendering = rendering.then(async () => {
    const page = await pdf.getPage(current);
    const fit = Math.min(host.clientWidth || 800, document.fullscreenElement === host ? screen.width : 1000);
    const scale = (fit / page.getViewport({ scale: 1 }).width) * zoom;
    const viewport = page.getViewport({ scale: scale * (window.devicePixelRatio || 1) });
    canvas.width = viewport.width;
    canvas.height = viewport.height;
    canvas.style.width = `${Math.floor(viewport.width / (window.devicePixelRatio || 1))}px`;
    await page.render({ canvasContext: canvas.getContext("2d"), viewport }).promise;
    label.textContent = `第 ${current} / ${pdf.numPages} 页`;
    canvas.setAttribute("aria-label", `第 ${current} 页`);
    number.value = current;
    previous.disabled = current === 1;
    next.disabled = current === pdf.numPages;
    // For whoever follows reading (研修 progress): which page the reader has now in front of them.
    host.dispatchEvent(new CustomEvent("pdf:page", { bubbles: true, detail: { page: current, pages: pdf.numPages } }));
  }));
  const go = (page) => {
    if (page >= 1 && page <= pdf.numPages && page !== current) {
      current = page;
      show();
    }
  };
  bar.addEventListener("click", (event) => {
    switch (event.target.dataset?.action) {
      case "previous": return go(current - 1);
      case "next": return go(current + 1);
      case "in": zoom = Math.min(3, zoom * 1.25); return show();
      case "out": zoom = Math.max(0.5, zoom / 1.25); return show();
      case "full": return document.fullscreenElement ? document.exitFullscreen() : host.requestFullscreen?.();
    }
  });
  number.addEventListener("change", () => go(Math.round(Number(number.value))));
  canvas.addEventListener("keydown", (event) => {
    const step = { ArrowLeft: -1, PageUp: -1, ArrowRight: 1, PageDown: 1 }[event.key];
    if (step) {
      event.preventDefault();
      go(current + step);
    }
  });
  document.addEventListener("fullscreenchange", () => show());
  await show();
}

// Each viewer mounts once, when its <details> first opens (or at once if it is not in one).
document.querySelectorAll("[data-pdf-viewer]").forEach((host) => {
  const details = host.closest("details");
  if (!details) return mount(host);
  const open = () => {
    if (details.open && !host.dataset.mounted) {
      host.dataset.mounted = "1";
      mount(host);
    }
  };
  details.addEventListener("toggle", open);
  open();
});
