/**
 * Where the rows of a table go on the pages, as a pure function of their heights: the header row
 * repeats at the top of every page the table reaches, a row that fits on a page is never split
 * (it moves to the next page whole, as Chromium's `tr { break-inside: avoid }` does), and the header
 * is never left alone at the foot of a page. Rows taller than a page are cut into pieces before this
 * (index.ts), so each piece fits.
 */

/** A place on a page: `page` counts from the page the table starts on (0), `y` is from the paper's top edge. */
export interface Place {
  page: number;
  y: number;
}

export interface TablePlan {
  /** Where the header row is drawn: once on every page the table reaches. */
  headers: Place[];
  rows: Place[];
  /** Page and y just under the last row: where the next block starts. */
  end: Place;
}

/**
 * @param heights each row's height (pt)
 * @param header the header row's height
 * @param area `start`: the y the table starts at on its first page; `top` and `bottom`: the text area of a page
 */
export function paginate(heights: readonly number[], header: number, area: { start: number; top: number; bottom: number }): TablePlan {
  const { top, bottom } = area;
  let page = 0;
  let y = area.start;
  // The header goes with the first row (or what of it can fit a page) or not at all.
  const first = Math.min(heights[0] ?? 0, bottom - top - header);
  if (y + header + first > bottom && y > top) {
    page += 1;
    y = top;
  }
  const headers: Place[] = [{ page, y }];
  y += header;
  let rowsOnPage = 0;
  const rows: Place[] = [];
  for (const h of heights) {
    if (y + h > bottom && rowsOnPage > 0) {
      page += 1;
      headers.push({ page, y: top });
      y = top + header;
      rowsOnPage = 0;
    }
    rows.push({ page, y });
    y += h;
    rowsOnPage += 1;
  }
  return { headers, rows, end: { page, y } };
}
