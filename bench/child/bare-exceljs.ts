// The yardstick for the command line: exceljs alone reading the same file and writing it back,
// in a fresh process: `child/bare-exceljs.ts IN.xlsx OUT.xlsx`.
import ExcelJS from 'exceljs';
import { measured } from './measure';

const [input, output] = process.argv.slice(2);

void measured(async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(input);
  await workbook.xlsx.writeFile(output);
});
