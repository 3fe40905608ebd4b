// The upload step of a draft, on the official tus client (tus-js-client): one queue entry per
// file with its own progress bar and a pause/continue button; retries with back-off after a
// dropped connection; an upload interrupted by a reload, a closed laptop or a crash resumes from
// the server's offset (its fingerprint is kept in the browser); files and whole folders can be
// dropped at once. When a file is in, the server-rendered list (#uploaded) refreshes through htmx.
import { Upload } from "tus-js-client";

const queue = document.getElementById("queue");
// The server stores uploads in blocks of 4 MiB: a chunk is one block.
const chunkSize = 4 * 1024 * 1024;
// Three files at a time; the rest wait their turn with their own entry.
const parallel = 3;
// Retried after these pauses (ms): a dropped network, a node restarting, an upload still held by another request.
const retryDelays = [0, 1000, 3000, 5000, 10000, 20000, 30000, 30000, 60000, 60000];

// Refusals worth resuming after (the server's problem titles): the offset out of step, the upload still held by another request.
const resumable = ["连接中断", "偏移量不一致", "上传正在进行"];

function title(error) {
  try {
    return JSON.parse(error.originalResponse.getBody()).title;
  } catch {
    return "";
  }
}

function reason(error) {
  const response = error.originalResponse;
  if (!response) return "网络连接中断，请检查网络后继续。";
  try {
    const problem = JSON.parse(response.getBody());
    return problem.detail || problem.title;
  } catch {
    return "上传失败（" + response.getStatus() + "）";
  }
}

function entry(file) {
  const item = document.createElement("li");
  const name = Object.assign(document.createElement("span"), { className: "file-name", textContent: file.relativePath || file.name });
  const bar = Object.assign(document.createElement("progress"), { max: 100, value: 0 });
  bar.setAttribute("aria-label", file.name + " 上传进度");
  const note = document.createElement("span");
  note.setAttribute("role", "status");
  const toggle = Object.assign(document.createElement("button"), { type: "button", className: "button button-small", textContent: "暂停" });
  toggle.setAttribute("aria-label", "暂停 " + file.name);
  item.append(name, " ", bar, " ", note, " ", toggle);
  queue.append(item);
  return { item, bar, note, toggle };
}

/** Uploads one file; resolves when it is in or has failed (the entry then offers 重试). */
function send(file, kind) {
  const { item, bar, note, toggle } = entry(file);
  return new Promise((done) => {
    const metadata = { filename: file.name, packageId: queue.dataset.package };
    if (kind) metadata.kind = kind;
    let paused = false;
    const upload = new Upload(file, {
      endpoint: "/api/v1/uploads",
      chunkSize,
      retryDelays,
      metadata,
      headers: { "X-CSRF-TOKEN": queue.dataset.token },
      // One fingerprint per package, file and kind: the same file chosen again after a reload continues.
      fingerprint: async () => ["resourcehub", queue.dataset.package, kind, file.name, file.size, file.lastModified].join(":"),
      storeFingerprintForResuming: true,
      removeFingerprintOnSuccess: true,
      onShouldRetry: (error) => {
        const status = error.originalResponse?.getStatus() ?? 0;
        const retry = status === 0 || status >= 500 || (status === 409 && resumable.includes(title(error)));
        if (retry) note.textContent = "连接中断，正在从断点继续…";
        return retry;
      },
      onProgress: (sent, total) => {
        bar.value = total ? (sent / total) * 100 : 100;
        if (!paused) note.textContent = "正在上传… " + Math.floor(bar.value) + "%";
      },
      onSuccess: () => {
        bar.value = 100;
        note.textContent = "上传完成";
        toggle.remove();
        document.body.dispatchEvent(new CustomEvent("files-changed"));
        done();
      },
      onError: (error) => {
        note.textContent = reason(error);
        item.classList.add("alert", "alert-error");
        toggle.textContent = "重试";
        toggle.setAttribute("aria-label", "重试 " + file.name);
        paused = true;
        toggle.focus();
        done();
      },
    });
    toggle.addEventListener("click", () => {
      if (!paused) {
        paused = true;
        upload.abort();
        note.textContent = "已暂停";
        toggle.textContent = "继续";
        toggle.setAttribute("aria-label", "继续 " + file.name);
        return;
      }
      paused = false;
      item.classList.remove("alert", "alert-error");
      toggle.textContent = "暂停";
      toggle.setAttribute("aria-label", "暂停 " + file.name);
      note.textContent = "正在上传…";
      upload.start();
    });
    note.textContent = "正在上传…";
    upload.findPreviousUploads().then((previous) => {
      if (previous.length > 0) {
        note.textContent = "从上次中断处继续…";
        upload.resumeFromPreviousUpload(previous[0]);
      }
      upload.start();
    });
  });
}

async function sendAll(files) {
  const kind = document.getElementById("kind").value;
  const waiting = [...files];
  const worker = async () => {
    for (let file = waiting.shift(); file; file = waiting.shift()) await send(file, kind);
  };
  await Promise.all(Array.from({ length: Math.min(parallel, waiting.length) }, worker));
}

/** Every file of what was dropped, folders walked (their files keep the folder path in the queue). */
async function dropped(dataTransfer) {
  const entries = [...dataTransfer.items].map((i) => i.webkitGetAsEntry?.()).filter(Boolean);
  if (entries.length === 0) return [...dataTransfer.files];
  const files = [];
  const walk = async (node, path) => {
    if (node.isFile) {
      const file = await new Promise((resolve, reject) => node.file(resolve, reject));
      if (path) file.relativePath = path + file.name;
      files.push(file);
      return;
    }
    const reader = node.createReader();
    for (;;) {
      const batch = await new Promise((resolve, reject) => reader.readEntries(resolve, reject));
      if (batch.length === 0) break;
      for (const child of batch) await walk(child, path + node.name + "/");
    }
  };
  for (const node of entries) await walk(node, "");
  return files;
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
drop.addEventListener("drop", async (e) => {
  e.preventDefault();
  sendAll(await dropped(e.dataTransfer));
});
