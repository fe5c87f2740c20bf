/*
 * Runs before the pane's bundle, in ES5 on purpose: volume-licensed Office 2016/2019 on Windows
 * shows add-ins in Internet Explorer 11 (Trident) or Edge Legacy (EdgeHTML), which cannot run React 18
 * and Fluent UI 9. There the pane would stay blank; instead it says why and what to do.
 */
(function () {
  var ua = navigator.userAgent || '';
  if (!/Trident\/|MSIE |Edge\/\d/.test(ua)) return;
  document.documentElement.setAttribute('data-legacy-webview', '1');
  var page = location.protocol + '//' + location.host + '/index.html';
  var root = document.getElementById('root');
  if (!root) return;
  var lines = [
    ['h1', 'unionplan chưa chạy được trong Excel này'],
    ['p', 'Excel này hiển thị ngăn tác vụ bằng trình duyệt cũ (Internet Explorer hoặc Edge cũ), mà unionplan không dùng được.'],
    ['p', 'Cách làm: mở trang ' + page + ' bằng Chrome, Cốc Cốc hoặc Microsoft Edge mới — trang này làm đủ các việc của unionplan với tệp .xlsx, không gửi dữ liệu đi đâu. Hoặc cập nhật lên Office 2021 / Microsoft 365.'],
    ['p', 'This Excel shows add-ins in an old browser (Internet Explorer or Edge Legacy) that unionplan cannot run in. Open ' + page + ' in a current Chrome or Edge instead, or update to Office 2021 / Microsoft 365.']
  ];
  root.innerHTML = '';
  var box = document.createElement('div');
  box.setAttribute('role', 'alert');
  box.style.cssText = 'font-family:Segoe UI,sans-serif;font-size:14px;padding:12px;line-height:1.4';
  for (var i = 0; i < lines.length; i++) {
    var el = document.createElement(lines[i][0]);
    el.appendChild(document.createTextNode(lines[i][1]));
    if (lines[i][0] === 'h1') el.style.cssText = 'font-size:16px;margin:0 0 8px';
    box.appendChild(el);
  }
  root.appendChild(box);
})();
