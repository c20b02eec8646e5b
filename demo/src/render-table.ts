/** Column alignment. */
export type Align = 'left' | 'right';

/** Renders rows under a header, columns padded to their widest cell and separated by two spaces. */
export function renderTable(
  header: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
  align: readonly Align[],
  indent = '  ',
): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    indent +
    cells
      .map((cell, column) =>
        align[column] === 'right' ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  const rule = indent + widths.map((width) => '─'.repeat(width)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}
