// The yardstick for the command line: exceljs alone reading the same file and writing it back,
// in a fresh process: `child/bare-exceljs.ts IN.xlsx OUT.xlsx`. Reports the two halves too.
import ExcelJS from 'exceljs';
import { measured } from './measure';

const [input, output] = process.argv.slice(2);

void measured(async () => {
  const start = performance.now();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(input);
  const read = performance.now();
  await workbook.xlsx.writeFile(output);
  return { read: read - start, write: performance.now() - read };
});
