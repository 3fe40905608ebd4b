// The upload step of a draft: resumable (tus 1.0) uploads, one queue entry per file with a
// progress bar, resume after a dropped connection, the reason and a retry button on failure.
// When a file is in, the server-rendered file list (#uploaded) refreshes itself through htmx
// and shows what the server does with the file next.
const queue = document.getElementById("queue");
const chunk = 8 * 1024 * 1024;
const b64 = (s) => btoa(String.fromCharCode(...new TextEncoder().encode(s)));
const headers = (extra) => Object.assign({ "Tus-Resumable": "1.0.0", "X-CSRF-TOKEN": queue.dataset.token }, extra);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
// Refusals worth resuming after: a dropped connection or an offset out of step.
const resumable = ["连接中断", "偏移量不一致", "上传正在进行"];

async function problem(response) {
  try {
    const p = await response.json();
    return p.detail || p.title;
  } catch {
    return "上传失败（" + response.status + "）";
  }
}

async function upload(file, kind, bar, note) {
  const meta = ["filename " + b64(file.name), "packageId " + b64(queue.dataset.package)];
  if (kind) meta.push("kind " + b64(kind));
  const created = await fetch("/api/v1/uploads", { method: "POST", headers: headers({ "Upload-Length": String(file.size), "Upload-Metadata": meta.join(",") }) });
  if (!created.ok) throw new Error(await problem(created));
  const location = created.headers.get("Location");
  let offset = 0, failures = 0;
  for (;;) {
    const body = file.slice(offset, Math.min(offset + chunk, file.size));
    const response = await fetch(location, { method: "PATCH", body, headers: headers({ "Upload-Offset": String(offset), "Content-Type": "application/offset+octet-stream" }) }).catch(() => null);
    if (response && response.status === 204) {
      failures = 0;
      offset = Number(response.headers.get("Upload-Offset"));
      bar.value = file.size ? (offset / file.size) * 100 : 100;
      if (offset >= file.size) return;
      continue;
    }
    if (response && [400, 409].includes(response.status)) {
      const p = await response.json().catch(() => ({}));
      if (!resumable.includes(p.title)) throw new Error(p.detail || p.title || "上传失败");
    } else if (response && ![500, 502, 503, 504].includes(response.status)) {
      throw new Error(await problem(response));
    }
    if (++failures > 20) throw new Error("网络多次中断，请稍后重新上传。");
    note.textContent = "连接中断，正在从断点继续…";
    await sleep(Math.min(30000, 1000 * 2 ** failures));
    const head = await fetch(location, { method: "HEAD", headers: headers({}) }).catch(() => null);
    if (head && head.ok) offset = Number(head.headers.get("Upload-Offset"));
    else if (head && head.status === 404) throw new Error("上传已失效，请重新上传。");
  }
}

async function send(file, kind) {
  const item = document.createElement("li");
  const name = Object.assign(document.createElement("span"), { className: "file-name", textContent: file.name });
  const bar = Object.assign(document.createElement("progress"), { max: 100, value: 0 });
  bar.setAttribute("aria-label", file.name + " 上传进度");
  const note = document.createElement("span");
  note.setAttribute("role", "status");
  item.append(name, " ", bar, " ", note);
  queue.append(item);
  const attempt = async () => {
    item.classList.remove("alert", "alert-error");
    item.querySelector("button")?.remove();
    note.textContent = "正在上传…";
    try {
      await upload(file, kind, bar, note);
      note.textContent = "上传完成";
      document.body.dispatchEvent(new CustomEvent("files-changed"));
    } catch (e) {
      note.textContent = e.message;
      item.classList.add("alert", "alert-error");
      const retry = Object.assign(document.createElement("button"), { type: "button", textContent: "重试", className: "button button-small" });
      retry.addEventListener("click", attempt);
      item.append(" ", retry);
      retry.focus();
    }
  };
  await attempt();
}

async function sendAll(files) {
  const kind = document.getElementById("kind").value;
  for (const file of [...files]) await send(file, kind);
}

const input = document.getElementById("files");
document.getElementById("start").addEventListener("click", () => {
  if (input.files.length === 0) {
    input.focus();
    return;
  }
  sendAll(input.files).then(() => (input.value = ""));
});
const drop = document.getElementById("drop");
["dragenter", "dragover"].forEach((t) => drop.addEventListener(t, (e) => { e.preventDefault(); drop.classList.add("over"); }));
["dragleave", "drop"].forEach((t) => drop.addEventListener(t, () => drop.classList.remove("over")));
drop.addEventListener("drop", (e) => { e.preventDefault(); sendAll(e.dataTransfer.files); });
