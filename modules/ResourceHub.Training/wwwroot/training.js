// 研修 progress, from what the page's own viewer and player did: the pdf.js viewer announces each
// page it shows (a "pdf:page" event), the <video> element keeps the ranges it actually played
// (video.played). Both are reported to the server, which decides when a file counts as done.
(() => {
  // Cookie-authenticated API writes carry the page's antiforgery token (docs/security.md).
  const token = () => document.querySelector('input[name="__RequestVerificationToken"]')?.value ?? "";
  const report = (host, body) =>
    fetch(`/api/v1/training/units/${host.dataset.unit}/progress`, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-TOKEN": token() },
      body: JSON.stringify({ fileId: host.dataset.file, ...body }),
    }).then((r) => (r.ok ? r.json() : null)).then((row) => row && show(host, row)).catch(() => {});

  const show = (host, row) => {
    const label = document.querySelector(`[data-file-state="${host.dataset.file}"]`);
    if (!label) return;
    label.textContent = row.state === "Done" ? "已完成"
      : row.pageCount ? `已读到第 ${row.pagesRead}/${row.pageCount} 页`
      : `已观看 ${Math.floor((100 * row.secondsWatched) / (row.duration || 1))}%`;
  };

  document.addEventListener("pdf:page", (event) => {
    const host = event.target.closest("[data-unit]");
    if (host) report(host, { page: event.detail.page, pageCount: event.detail.pages });
  });

  document.querySelectorAll("video[data-unit]").forEach((video) => {
    const played = () => {
      let seconds = 0;
      for (let i = 0; i < video.played.length; i++) seconds += video.played.end(i) - video.played.start(i);
      return seconds;
    };
    let last = 0;
    const send = () => {
      last = Date.now();
      if (Number.isFinite(video.duration)) report(video, { watchedSeconds: played(), duration: video.duration });
    };
    video.addEventListener("play", send);
    video.addEventListener("pause", send);
    video.addEventListener("ended", send);
    video.addEventListener("timeupdate", () => Date.now() - last > 5000 && send());
  });
})();
