// Long runs of data rows or weight rows are shown as their first few; a copy or a download holds them all.

const SHOWN_ROWS = 5;
const RUN_TO_SHORTEN = 12;
const DATA_ROW = /^\s*(?:[-+\d.e]+(?:,[-+\d.e]+)*|\[[-+\d.e, ]+\],)$/;

export function shorten(text: string): { text: string; hidden: number } {
  const out: string[] = [];
  let run: string[] = [];
  let hidden = 0;
  const flush = () => {
    if (run.length > RUN_TO_SHORTEN) {
      out.push(...run.slice(0, SHOWN_ROWS), `${run[0].match(/^\s*/)![0]}# … ${(run.length - SHOWN_ROWS).toLocaleString('en')} more rows`);
      hidden += run.length - SHOWN_ROWS;
    } else out.push(...run);
    run = [];
  };
  for (const line of text.split('\n')) {
    if (DATA_ROW.test(line)) run.push(line);
    else {
      flush();
      out.push(line);
    }
  }
  flush();
  return { text: out.join('\n'), hidden };
}
