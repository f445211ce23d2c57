// Firefox's copied text of a PDF: pdf.js's text items in content order, a line break where
// pdf.js marks an end of line (as Firefox's text layer copies them). Needs pdfjs-dist:
//   npm install --prefix DIR pdfjs-dist@4   then   PRESSDESK_PDFJS=DIR (see bench_pdf_readers.py)
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { readFileSync } from "fs";
const data = new Uint8Array(readFileSync(process.argv[2]));
const doc = await getDocument({ data, verbosity: 0 }).promise;
let out = "";
for (let p = 1; p <= doc.numPages; p++) {
  const page = await doc.getPage(p);
  const tc = await page.getTextContent();
  for (const it of tc.items) { out += it.str + (it.hasEOL ? "\n" : ""); }
  out += "\n";
}
process.stdout.write(out);
