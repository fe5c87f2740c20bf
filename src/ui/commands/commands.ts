/**
 * The ribbon's function file. The Home-tab button opens the pane declaratively (ShowTaskpane);
 * function commands ("Kiểm tra", "Làm mới tổng hợp") register here when their issues land.
 */
Office.onReady(() => {
  // Nothing to register yet.
});
