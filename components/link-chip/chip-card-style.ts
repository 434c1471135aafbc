/** The card's styles, in its own shadow root (see chip-style.ts for why). */
export const CARD_CSS = `
.card {
  all: initial;
  box-sizing: border-box;
  display: block;
  width: 280px;
  max-width: calc(100vw - 16px);
  padding: 12px;
  border: 1px solid #d6d3d1;
  border-radius: 8px;
  background: #ffffff;
  color: #1c1917;
  box-shadow: 0 6px 24px rgb(0 0 0 / 18%);
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
:host([data-theme="dark"]) .card { background: #1c1917; color: #e7e5e4; border-color: #57534e; }
.head { display: flex; justify-content: space-between; align-items: start; gap: 8px; }
h2 { all: unset; display: block; font-weight: 700; font-size: 14px; }
p { margin: 6px 0 0; }
.muted { color: #57534e; }
:host([data-theme="dark"]) .muted { color: #a8a29e; }
button { font: inherit; cursor: pointer; border-radius: 4px; }
.close { all: unset; cursor: pointer; padding: 0 4px; font-size: 16px; line-height: 1; }
.close:focus-visible, .open:focus-visible { outline: 2px solid #2563eb; }
.bar { display: flex; height: 8px; margin-top: 6px; border-radius: 4px; overflow: hidden; background: #e7e5e4; }
.bar span { display: block; }
.left { background: #1d4ed8; } .center { background: #a8a29e; } .right { background: #c2410c; }
:host([data-theme="dark"]) .left { background: #60a5fa; }
:host([data-theme="dark"]) .right { background: #fb923c; }
.open { margin-top: 8px; padding: 4px 8px; border: 1px solid currentColor; background: transparent; color: inherit; }
`;
