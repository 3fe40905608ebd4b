// Bundles the theme's scripts from npm packages into wwwroot/dist (served as static web assets).
// Run by the .NET build when package-lock.json, this file or src/ change; no CDN is ever used.
import { build } from "esbuild";
import { cpSync, mkdirSync } from "node:fs";

const out = "wwwroot/dist";
mkdirSync(out, { recursive: true });
const common = { bundle: true, minify: true, sourcemap: false, target: ["chrome110", "firefox110", "safari16"], logLevel: "warning" };

await build({ ...common, entryPoints: ["src/site.js"], outfile: `${out}/site.js`, format: "iife" });
await build({ ...common, entryPoints: ["src/upload.js"], outfile: `${out}/upload.js`, format: "iife" });
await build({ ...common, entryPoints: ["src/pdf-viewer.js"], outfile: `${out}/pdf-viewer.js`, format: "esm" });
// pdf.js renders in a worker of its own, loaded by URL.
cpSync("node_modules/pdfjs-dist/build/pdf.worker.min.mjs", `${out}/pdf.worker.min.mjs`);
