import { planActions } from '../app/planActions';
import { excelHost } from '../hosts/excel/excelHost';
import { registerCommands } from '../hosts/excel/ribbon';
import { ribbonCommands } from '../ribbon/ribbonCommands';

/** The ribbon's function file: "Kiểm tra" and "Làm mới tổng hợp" run without opening the pane. */
registerCommands(ribbonCommands(planActions(excelHost())));
