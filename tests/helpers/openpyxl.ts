import { execFileSync } from 'node:child_process';

/** One cell as openpyxl reads it: datetimes as ISO text, and the formula when the cell has one. */
export interface PyCell {
  value: string | number | null;
  type: 'date' | 'number' | 'text' | 'empty';
  format: string;
  formula: string | null;
}

const SCRIPT = String.raw`
import datetime, json, sys
import openpyxl
path = sys.argv[1]
values = openpyxl.load_workbook(path, data_only=True)
formulas = openpyxl.load_workbook(path)
out = {}
for ws in values.worksheets:
    fs = formulas[ws.title]
    rows = []
    for row in ws.iter_rows():
        cells = []
        for c in row:
            f = fs[c.coordinate].value
            v = c.value
            if isinstance(v, datetime.datetime):
                t, v = 'date', v.isoformat()
            elif isinstance(v, bool):
                t = 'text'
            elif isinstance(v, (int, float)):
                t = 'number'
            elif v is None or v == '':
                t = 'empty'
            else:
                t = 'text'
            cells.append({'value': v, 'type': t, 'format': c.number_format, 'formula': f if isinstance(f, str) and f.startswith('=') else None})
        rows.append(cells)
    out[ws.title] = rows
json.dump(out, sys.stdout)
`;

/** Every sheet of a workbook as Debian's python3-openpyxl reads it: cached values, formats and formulas. */
export function readWithOpenpyxl(path: string): Record<string, PyCell[][]> {
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', SCRIPT, path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as Record<string, PyCell[][]>;
}
