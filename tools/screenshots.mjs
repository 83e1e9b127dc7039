#!/usr/bin/env node
// Render Adaptive Cards to PNG with the official renderer in headless Chromium, in a Teams light-theme frame.
//
//   python -m tools.gallery | node tools/screenshots.mjs OUT_DIR      stdin: [{"name", "card", "width"?}, ...]
//
// Writes OUT_DIR/<name>.png for every card, WIDTH pixels wide unless the sample gives its own width (a phone). Markdown is rendered with the subset Teams supports (bold, italic,
// lists, links); a mention that has its msteams entity is drawn as Teams draws it, anything else stays text.
// Chromium: $CHROMIUM_PATH, default /usr/bin/chromium (Debian's "chromium"). Nothing is fetched from the network.
import { createRequire } from "node:module";
import { readFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const { chromium } = require("playwright-core");
const HERE = dirname(fileURLToPath(import.meta.url));
const WIDTH = 760; // a Full-width card in a Teams chat on a laptop screen

const bundle = (pkg, file) => join(dirname(require.resolve(`${pkg}/package.json`)), file);
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><style>
${readFileSync(bundle("adaptivecards", "dist/adaptivecards.css"), "utf8")}
body { margin: 0; background: #F5F5F5; }
#shot { display: inline-block; padding: 16px; background: #F5F5F5; }
#frame { width: ${WIDTH}px; background: #FFF; border-radius: 6px; box-shadow: 0 1px 2px rgba(0,0,0,.14), 0 0 2px rgba(0,0,0,.12); overflow: hidden; }
.ac-textBlock p { margin: 0; } .ac-textBlock p + p, .ac-textBlock ul, .ac-textBlock ol { margin: 6px 0 0; }
.ac-textBlock a { color: #6264A7; }
.mention { color: #6264A7; font-weight: 600; }
.ac-pushButton { height: 32px; padding: 0 12px; border: 1px solid #D1D1D1; border-radius: 4px; background: #FFF;
  color: #242424; font: 600 14px 'Segoe UI', 'Liberation Sans', sans-serif; overflow: hidden; text-overflow: ellipsis; }
/* The renderer's chevron on Action.ShowCard buttons is a glyph of Microsoft's FabricMDL2Icons font, which no
   free font has (it shows as a missing-glyph box): draw the same chevron with borders, so no font is needed. */
.ac-pushButton.expandable:after { content: ""; display: inline-block; width: 5px; height: 5px; margin: 0 2px 3px 9px;
  border: solid currentColor; border-width: 0 1.5px 1.5px 0; transform: rotate(45deg); vertical-align: middle; }
.ac-pushButton.expandable.expanded:after { content: ""; margin-bottom: -2px; transform: rotate(-135deg); }
.ac-input { font: 14px 'Segoe UI', 'Liberation Sans', sans-serif; color: #242424; }
.ac-textInput, .ac-multichoiceInput, .ac-choiceSetInput-compact { border: 1px solid #E0E0E0; border-bottom-color: #616161;
  border-radius: 4px; padding: 5px 8px; background: #FFF; }
.ac-textInput.ac-multiline { height: 72px; }
</style></head><body><div id="shot"><div id="frame"></div></div></body></html>`;

// Runs in the page: render one card into #frame, `width` pixels wide.
function render({ card, hostConfig, width }) {
  const AC = window.AdaptiveCards;
  const md = window.markdownit({ html: false, linkify: false, breaks: false });
  // What Teams does not render in cards stays as typed.
  md.disable(["heading", "lheading", "code", "fence", "blockquote", "hr", "table", "backticks", "image",
    "strikethrough", "reference"]);
  const OPEN = "\uE000", CLOSE = "\uE001";
  const mentions = ((card.msteams || {}).entities || []).filter((e) => e.type === "mention").map((e) => e.text);
  const marked = JSON.parse(JSON.stringify(card), (key, value) => {
    if (key !== "text" && key !== "title" && key !== "value") return value;
    if (typeof value !== "string") return value;
    return mentions.reduce((text, tag) => text.split(tag).join(OPEN + tag.slice(4, -5) + CLOSE), value);
  });
  AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
    result.outputHtml = md.render(text)
      .replace(new RegExp(`${OPEN}(.*?)${CLOSE}`, "g"), '<span class="mention">$1</span>');
    result.didProcess = true;
  };
  const adaptiveCard = new AC.AdaptiveCard();
  adaptiveCard.hostConfig = new AC.HostConfig(hostConfig);
  adaptiveCard.parse(marked, new AC.SerializationContext(AC.Versions.v1_5));
  const frame = document.getElementById("frame");
  frame.style.width = `${width}px`;
  frame.replaceChildren(adaptiveCard.render());
}

async function main() {
  const out = process.argv[2];
  if (!out) {
    console.error("usage: python -m tools.gallery | node tools/screenshots.mjs OUT_DIR");
    process.exit(2);
  }
  mkdirSync(out, { recursive: true });
  const samples = JSON.parse(readFileSync(0, "utf8"));
  const hostConfig = JSON.parse(readFileSync(join(HERE, "teams-light.json"), "utf8"));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--font-render-hinting=none"],
  });
  try {
    const page = await browser.newPage({ viewport: { width: WIDTH + 64, height: 600 }, deviceScaleFactor: 1 });
    const errors = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.route("**/*", (route) => (route.request().url().startsWith("data:") ? route.continue() : route.abort()));
    await page.setContent(PAGE);
    await page.addScriptTag({ path: bundle("adaptivecards", "dist/adaptivecards.min.js") });
    await page.addScriptTag({ path: bundle("markdown-it", "dist/browser/markdown-it.umd.min.js") });
    for (const { name, card, width } of samples) {
      await page.evaluate(render, { card, hostConfig, width: width || WIDTH });
      await page.locator("#shot").screenshot({ path: join(out, `${name}.png`) });
      if (errors.length) throw new Error(`${name}: ${errors.join("; ")}`);
      console.log(`${join(out, name)}.png`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error.stack || String(error));
  process.exit(1);
});
