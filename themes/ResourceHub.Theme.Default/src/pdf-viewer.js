// In-page PDF viewer: <div data-pdf-viewer data-src="/api/v1/files/…"></div>.
// Renders one page at a time on a canvas, with previous/next buttons and a page counter.
import * as pdfjs from "pdfjs-dist";

pdfjs.GlobalWorkerOptions.workerSrc = new URL("./pdf.worker.min.mjs", import.meta.url).href;

async function mount(host) {
  const canvas = document.createElement("canvas");
  const bar = document.createElement("div");
  bar.className = "pdf-bar";
  bar.innerHTML = '<button type="button" data-step="-1">上一页</button><span aria-live="polite"></span><button type="button" data-step="1">下一页</button>';
  host.replaceChildren(bar, canvas);
  const label = bar.querySelector("span");
  let pdf;
  try {
    pdf = await pdfjs.getDocument({ url: host.dataset.src, withCredentials: true }).promise;
  } catch {
    host.replaceChildren(Object.assign(document.createElement("p"), { className: "error-text", textContent: "无法在页面中显示此 PDF，请下载后查看。" }));
    return;
  }
  let current = 1;
  const show = async () => {
    const page = await pdf.getPage(current);
    const width = Math.min(host.clientWidth || 800, 1000);
    const viewport = page.getViewport({ scale: width / page.getViewport({ scale: 1 }).width });
    canvas.width = viewport.width;
    canvas.height = viewport.height;
    await page.render({ canvasContext: canvas.getContext("2d"), viewport }).promise;
    label.textContent = `第 ${current} / ${pdf.numPages} 页`;
  };
  bar.addEventListener("click", (event) => {
    const step = Number(event.target.dataset?.step || 0);
    const next = current + step;
    if (step && next >= 1 && next <= pdf.numPages) {
      current = next;
      show();
    }
  });
  await show();
}

document.querySelectorAll("[data-pdf-viewer]").forEach(mount);
