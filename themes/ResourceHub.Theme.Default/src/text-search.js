// 在文本中查找 (the review page): marks each occurrence in the files' extracted text, opens the
// files that contain it, and says how many were found (announced through a live region).
document.querySelectorAll("input[data-text-search]").forEach((input) => {
  const scope = document.getElementById(input.getAttribute("aria-controls"));
  const status = document.getElementById(input.dataset.status);
  if (!scope || !status) return;
  const blocks = [...scope.querySelectorAll("pre")];
  const originals = blocks.map((b) => b.textContent);
  input.addEventListener("input", () => {
    const query = input.value.trim().normalize("NFKC").toLowerCase();
    let count = 0;
    blocks.forEach((block, i) => {
      const text = originals[i];
      const lower = text.toLowerCase();
      block.replaceChildren();
      let at = 0;
      for (let hit = query ? lower.indexOf(query) : -1; hit >= 0; hit = lower.indexOf(query, at)) {
        block.append(text.slice(at, hit), Object.assign(document.createElement("mark"), { textContent: text.slice(hit, hit + query.length) }));
        at = hit + query.length;
        count++;
      }
      block.append(text.slice(at));
      const details = block.closest("details");
      if (details && query && at > 0) details.open = true;
    });
    status.textContent = query ? (count ? `找到 ${count} 处` : "没有找到") : "";
  });
});
