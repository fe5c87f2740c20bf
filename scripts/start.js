#!/usr/bin/env node
// `npm start`: serve the add-in on https://localhost:3000 and sideload it where desktop Excel exists.
// Without Excel (Linux, CI), serve anyway and say how to sideload into Excel on the web.
'use strict';
const { spawn } = require('node:child_process');

const hasDesktopExcel = process.platform === 'win32' || process.platform === 'darwin';
const bin = (name) => (process.platform === 'win32' ? `${name}.cmd` : name);

if (hasDesktopExcel && !process.env.UNIONPLAN_NO_SIDELOAD) {
  // office-addin-debugging starts the dev server (package.json config) and sideloads manifest.xml.
  const p = spawn(bin('npx'), ['office-addin-debugging', 'start', 'manifest.xml', 'desktop', '--app', 'excel', '--dev-server', 'npx webpack serve --mode development', '--dev-server-port', '3000'], { stdio: 'inherit', shell: process.platform === 'win32' });
  p.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log([
    'Không thấy Excel trên máy này: chỉ chạy máy chủ phát triển.',
    '  • Trang độc lập (tạo tệp .xlsx):  https://localhost:3000/index.html',
    '  • Ngăn tác vụ:                     https://localhost:3000/taskpane.html',
    'Nạp vào Excel trên web: mở một sổ làm việc → Trang đầu → Bổ trợ (Add-ins) → Thêm bổ trợ khác →',
    '  Tải lên bổ trợ của tôi (Upload My Add-in) → chọn manifest.xml của thư mục này.',
    '(No desktop Excel here: serving only. Sideload manifest.xml in Excel on the web via Home → Add-ins → More add-ins → Upload My Add-in.)',
  ].join('\n'));
  const p = spawn(bin('npx'), ['webpack', 'serve', '--mode', 'development'], { stdio: 'inherit', shell: process.platform === 'win32' });
  p.on('exit', (code) => process.exit(code ?? 0));
}
