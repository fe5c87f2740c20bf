/*
 * Runs before the pane's bundle and in the ribbon's function file, in ES5 on purpose: volume-licensed
 * Office 2016/2019 on Windows shows add-ins in Internet Explorer 11 (Trident) or Edge Legacy
 * (EdgeHTML), which cannot run React 18 and Fluent UI 9, nor the function file's code. There the pane
 * would stay blank and the ribbon's buttons would do nothing; instead the pane says why and what to
 * do, and each ribbon button answers with the same words in its dialog.
 */
(function () {
  var ua = navigator.userAgent || '';
  if (!/Trident\/|MSIE |Edge\/\d/.test(ua)) return;
  document.documentElement.setAttribute('data-legacy-webview', '1');
  var page = location.protocol + '//' + location.host + '/index.html';
  var lines = [
    ['h1', 'unionplan chưa chạy được trong Excel này'],
    ['p', 'Excel này hiển thị ngăn tác vụ bằng trình duyệt cũ (Internet Explorer hoặc Edge cũ), mà unionplan không dùng được.'],
    ['p', 'Cách làm: mở trang ' + page + ' bằng Chrome, Cốc Cốc hoặc Microsoft Edge mới — trang này làm đủ các việc của unionplan với tệp .xlsx, không gửi dữ liệu đi đâu. Hoặc cập nhật lên Office 2021 / Microsoft 365.'],
    ['p', 'This Excel shows add-ins in an old browser (Internet Explorer or Edge Legacy) that unionplan cannot run in. Open ' + page + ' in a current Chrome or Edge instead, or update to Office 2021 / Microsoft 365.']
  ];

  function showInPane(root) {
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
  }

  /*
   * The ribbon's function commands (the manifest's FunctionName values) answer in a dialog: the
   * answer page with these lines in Edge Legacy, which runs its ES2017 script; the static help page
   * in Internet Explorer, which cannot. The command ends when the dialog closes.
   */
  var COMMANDS = ['runCheck', 'refreshConsolidation'];
  function answer(event) {
    var done = function () { event.completed(); };
    var ctx = Office.context;
    if (!ctx || !ctx.ui || !ctx.requirements.isSetSupported('DialogApi', '1.1')) { done(); return; }
    var base = location.href.replace(/[?#].*$/, '').replace(/[^/]*$/, '');
    var texts = [];
    for (var i = 1; i < lines.length; i++) texts.push(lines[i][1]);
    var url = /Trident\/|MSIE /.test(ua) ? base + 'help.html'
      : base + 'message.html?lang=vi&intent=warning&title=' + encodeURIComponent(lines[0][1]) + '&lines=' + encodeURIComponent(JSON.stringify(texts));
    ctx.ui.displayDialogAsync(url, { height: 40, width: 40, displayInIframe: true }, function (result) {
      if (result.status !== Office.AsyncResultStatus.Succeeded) { done(); return; }
      var dialog = result.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, function () { dialog.close(); done(); });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, done);
    });
  }
  function registerRibbon() {
    Office.onReady(function () {
      for (var i = 0; i < COMMANDS.length; i++) {
        if (Office.actions && Office.actions.associate) Office.actions.associate(COMMANDS[i], answer);
        window[COMMANDS[i]] = answer;
      }
    });
  }

  var root = document.getElementById('root');
  if (root) showInPane(root);
  else if (document.body && document.body.hasAttribute('data-ribbon-commands')) {
    // Office.js loads before this script in Excel; a page that brings its own Office later has it by DOMContentLoaded.
    if (window.Office) registerRibbon();
    else document.addEventListener('DOMContentLoaded', function () { if (window.Office) registerRibbon(); });
  }
})();
